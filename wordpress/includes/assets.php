<?php
/**
 * The widgets' script and reserve CSS, enqueued once per page and only where a widget is used.
 *
 * Classic themes print the head before the content runs its shortcodes, so pages are looked at
 * first (the queried posts' content); a widget rendered anywhere else (a widget area, a
 * template part) still enqueues both as it renders, the CSS then in the footer.
 *
 * @package ISpineWidgets
 */

defined( 'ABSPATH' ) || exit;

const ISPINE_WIDGETS_HANDLE = 'ispine-widgets';

/**
 * Registers the script (on the clinic's host, in the footer) and the reserve CSS (from the
 * plugin, so the first layout needs no other host).
 */
function ispine_widgets_register_assets() {
	$settings = ispine_widgets_settings();
	wp_register_style(
		ISPINE_WIDGETS_HANDLE,
		plugins_url( 'assets/widgets.css', __DIR__ ),
		array(),
		ISPINE_WIDGETS_VERSION
	);
	if ( '' !== $settings['base_url'] ) {
		// No version argument: the file name is versioned and its integrity hash pins the bytes.
		wp_register_script( ISPINE_WIDGETS_HANDLE, ispine_widgets_script_url( $settings['base_url'] ), array(), null, true ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion
	}
}
add_action( 'init', 'ispine_widgets_register_assets' );

/** Enqueues the script and the CSS; WordPress prints each once however often this runs. */
function ispine_widgets_enqueue() {
	wp_enqueue_style( ISPINE_WIDGETS_HANDLE );
	wp_enqueue_script( ISPINE_WIDGETS_HANDLE );
}

/**
 * Whether a post's content uses a widget, as a shortcode or a block.
 *
 * @param WP_Post $post The post.
 * @return bool
 */
function ispine_widgets_post_uses_widget( $post ) {
	foreach ( ISPINE_WIDGETS_NAMES as $widget ) {
		if ( has_shortcode( $post->post_content, ispine_widgets_shortcode_name( $widget ) ) || has_block( 'ispine/' . $widget, $post ) ) {
			return true;
		}
	}
	return false;
}

/** Enqueues in the head when one of the page's posts uses a widget. */
function ispine_widgets_enqueue_for_queried_posts() {
	global $wp_query;
	foreach ( (array) $wp_query->posts as $post ) {
		if ( $post instanceof WP_Post && ispine_widgets_post_uses_widget( $post ) ) {
			ispine_widgets_enqueue();
			return;
		}
	}
}
add_action( 'wp_enqueue_scripts', 'ispine_widgets_enqueue_for_queried_posts' );

/**
 * Adds what the script tag needs and WordPress 6.1 cannot say: async, the integrity hash,
 * crossorigin (the integrity check needs CORS), and the loader's data attributes.
 *
 * @param string $tag    The script tag WordPress made.
 * @param string $handle Its handle.
 * @return string
 */
function ispine_widgets_script_tag( $tag, $handle ) {
	if ( ISPINE_WIDGETS_HANDLE !== $handle ) {
		return $tag;
	}
	$settings   = ispine_widgets_settings();
	$attributes = ' async crossorigin="anonymous"';
	if ( '' !== ISPINE_WIDGETS_INTEGRITY ) {
		$attributes .= ' integrity="' . esc_attr( ISPINE_WIDGETS_INTEGRITY ) . '"';
	}
	if ( '' !== $settings['partner'] ) {
		$attributes .= ' data-partner="' . esc_attr( $settings['partner'] ) . '"';
	}
	if ( '' !== $settings['config_url'] ) {
		$attributes .= ' data-config="' . esc_url( $settings['config_url'] ) . '"';
	}
	return preg_replace( '/<script(?=[^>]*\ssrc=)/', '<script' . $attributes, $tag, 1 );
}
add_filter( 'script_loader_tag', 'ispine_widgets_script_tag', 10, 2 );
