<?php
/**
 * The widgets' attributes: one rule table, the blocks' block.json files, read by the blocks
 * (WordPress validates block attributes against it) and by the shortcodes (validated here).
 *
 * @package ISpineWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The three widgets, by their block folder (and element) name. */
const ISPINE_WIDGETS_NAMES = array( 'call-book-button', 'symptom-checker', 'location-picker' );

/**
 * The shortcode of one widget: `ispine_call_book_button` for `call-book-button`.
 *
 * @param string $widget One of ISPINE_WIDGETS_NAMES.
 * @return string
 */
function ispine_widgets_shortcode_name( $widget ) {
	return 'ispine_' . str_replace( '-', '_', $widget );
}

/**
 * The attribute schema of one widget, from its block.json.
 *
 * @param string $widget One of ISPINE_WIDGETS_NAMES.
 * @return array<string, array> Attribute name => JSON schema.
 */
function ispine_widgets_attribute_schema( $widget ) {
	static $schemas = array();
	if ( ! isset( $schemas[ $widget ] ) ) {
		$metadata           = wp_json_file_decode( dirname( __DIR__ ) . "/blocks/{$widget}/block.json", array( 'associative' => true ) );
		$schemas[ $widget ] = isset( $metadata['attributes'] ) ? $metadata['attributes'] : array();
	}
	return $schemas[ $widget ];
}

/**
 * Keeps the attributes that follow the widget's rules.
 *
 * Empty values mean "not set" (the block sidebar's default choice), except for `heading`,
 * where an empty value hides the title.
 *
 * @param string $widget     One of ISPINE_WIDGETS_NAMES.
 * @param array  $attributes Attribute name => value, as an author wrote them.
 * @return array{0: array<string, string>, 1: string[]} The valid attributes, and why each other one was ignored.
 */
function ispine_widgets_validate_attributes( $widget, $attributes ) {
	$schema  = ispine_widgets_attribute_schema( $widget );
	$valid   = array();
	$ignored = array();
	foreach ( $attributes as $name => $value ) {
		if ( is_int( $name ) ) {
			/* translators: %s: a word written without a value inside a shortcode. */
			$ignored[] = sprintf( __( '"%s" is not an attribute (write name="value")', 'ispine-widgets' ), $value );
			continue;
		}
		if ( ! isset( $schema[ $name ] ) ) {
			/* translators: 1: attribute name, 2: the attributes this widget accepts. */
			$ignored[] = sprintf( __( 'unknown attribute "%1$s" (known: %2$s)', 'ispine-widgets' ), $name, implode( ', ', array_keys( $schema ) ) );
			continue;
		}
		$value = is_scalar( $value ) ? trim( (string) $value ) : '';
		if ( '' === $value && 'heading' !== $name ) {
			continue;
		}
		$check = rest_validate_value_from_schema( $value, $schema[ $name ], $name );
		if ( is_wp_error( $check ) ) {
			$ignored[] = rtrim( $check->get_error_message(), '.' );
			continue;
		}
		$valid[ $name ] = $value;
	}
	return array( $valid, $ignored );
}
