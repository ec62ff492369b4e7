<?php
/**
 * The three server-rendered blocks, registered from their block.json: the saved post holds
 * only the block comment and its attributes, never a script.
 *
 * @package ISpineWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders one widget's block.
 *
 * @param string $widget     One of ISPINE_WIDGETS_NAMES.
 * @param array  $attributes The block's attributes, already checked by WordPress against block.json.
 * @return string HTML.
 */
function ispine_widgets_render_block( $widget, $attributes ) {
	$element_attributes      = array_intersect_key( $attributes, ispine_widgets_attribute_schema( $widget ) );
	list( $valid, $ignored ) = ispine_widgets_validate_attributes( $widget, $element_attributes );
	ispine_widgets_enqueue();
	return ispine_widgets_ignored_comment( "ispine/{$widget}", $ignored )
		. '<div ' . get_block_wrapper_attributes( array( 'class' => 'ispine-widget ispine-widget--' . $widget ) ) . '>'
		. ispine_widgets_element( $widget, $valid )
		. '</div>';
}

/** Registers the editor script (plain JavaScript: no JSX build step) and the three blocks. */
function ispine_widgets_register_blocks() {
	wp_register_script(
		'ispine-widgets-editor',
		plugins_url( 'assets/editor.js', __DIR__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render' ),
		ISPINE_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( 'ispine-widgets-editor', 'ispine-widgets', dirname( __DIR__ ) . '/languages' );
	foreach ( ISPINE_WIDGETS_NAMES as $widget ) {
		register_block_type(
			dirname( __DIR__ ) . "/blocks/{$widget}",
			array(
				'render_callback' => static function ( $attributes ) use ( $widget ) {
					return ispine_widgets_render_block( $widget, $attributes );
				},
			)
		);
	}
}
add_action( 'init', 'ispine_widgets_register_blocks' );

// The editor's previews are the widgets themselves: load them there too.
add_action( 'enqueue_block_editor_assets', 'ispine_widgets_enqueue' );
