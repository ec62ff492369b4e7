<?php
/**
 * The widgets' markup, shared by the shortcodes and the blocks: the custom element with its
 * attributes, inside a wrapper that places it in the theme's content column.
 *
 * @package ISpineWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The custom element for one widget, with its no-JavaScript fallback.
 *
 * @param string $widget     One of ISPINE_WIDGETS_NAMES.
 * @param array  $attributes Valid attributes (see ispine_widgets_validate_attributes()).
 * @return string HTML.
 */
function ispine_widgets_element( $widget, $attributes ) {
	$settings = ispine_widgets_settings();
	if ( ! isset( $attributes['lang'] ) && '' !== $settings['lang'] ) {
		$attributes['lang'] = $settings['lang'];
	}
	$html = '<ispine-' . $widget;
	foreach ( $attributes as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$html .= '>';
	if ( 'call-book-button' === $widget ) {
		// What a visitor gets before the script runs, or if it never does: the clinic's number,
		// labelled as the button labels it in the widget's language (not the site's), so that the
		// reserve CSS holds the button's own box. A no-break space and hyphen keep the number on
		// one line, as in the button.
		$label  = isset( $attributes['lang'] ) && 'es' === $attributes['lang']
			? 'Llamar al %s'
			/* translators: %s: the clinic's phone number. */
			: __( 'Call %s', 'ispine-widgets' );
		$html  .= '<a href="' . esc_url( 'tel:+17632018191', array( 'tel' ) ) . '">'
			. esc_html( sprintf( $label, "(763)\u{00a0}201\u{2011}8191" ) )
			. '</a>';
	}
	return $html . '</ispine-' . $widget . '>';
}

/**
 * An HTML comment telling the page's author why attributes were ignored.
 *
 * @param string   $source  What was written: a shortcode or block name.
 * @param string[] $ignored The reasons.
 * @return string HTML comment, or '' when nothing was ignored.
 */
function ispine_widgets_ignored_comment( $source, $ignored ) {
	if ( ! $ignored ) {
		return '';
	}
	/* translators: 1: shortcode or block name, 2: the reasons, separated by semicolons. */
	$text = sprintf( __( '%1$s ignored: %2$s', 'ispine-widgets' ), $source, implode( '; ', $ignored ) );
	// "--" and ">" could end the comment early; nothing else in a comment is markup.
	return '<!-- ' . str_replace( array( '--', '<', '>' ), array( '- -', '(', ')' ), $text ) . ' -->';
}
