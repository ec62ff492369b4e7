<?php
/**
 * The shortcodes any author can use: [ispine_call_book_button], [ispine_symptom_checker],
 * [ispine_location_picker], with the elements' attributes.
 *
 * @package ISpineWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders one widget's shortcode.
 *
 * The wrapper is a span (shown as a block): a shortcode may sit inside a paragraph that
 * wpautop made, where a div would end the paragraph early and leave empty ones around it.
 *
 * @param string       $widget     One of ISPINE_WIDGETS_NAMES.
 * @param array|string $attributes The shortcode's attributes ('' when none).
 * @return string HTML.
 */
function ispine_widgets_shortcode( $widget, $attributes ) {
	list( $valid, $ignored ) = ispine_widgets_validate_attributes( $widget, is_array( $attributes ) ? $attributes : array() );
	ispine_widgets_enqueue();
	$shortcode = ispine_widgets_shortcode_name( $widget );
	return ispine_widgets_ignored_comment( "[{$shortcode}]", $ignored )
		. '<span class="ispine-widget ispine-widget--' . esc_attr( $widget ) . '">'
		. ispine_widgets_element( $widget, $valid )
		. '</span>';
}

/** Registers the three shortcodes. */
function ispine_widgets_register_shortcodes() {
	foreach ( ISPINE_WIDGETS_NAMES as $widget ) {
		add_shortcode(
			ispine_widgets_shortcode_name( $widget ),
			static function ( $attributes ) use ( $widget ) {
				return ispine_widgets_shortcode( $widget, $attributes );
			}
		);
	}
}
add_action( 'init', 'ispine_widgets_register_shortcodes' );
