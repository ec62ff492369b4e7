<?php
/**
 * The plugin's one option (Settings → iSpine widgets) and what the rest of the plugin reads
 * from it.
 *
 * @package ISpineWidgets
 */

defined( 'ABSPATH' ) || exit;

const ISPINE_WIDGETS_OPTION = 'ispine_widgets_settings';

/**
 * The settings, with defaults for what was never saved.
 *
 * @return array{base_url: string, partner: string, lang: string, config_url: string}
 */
function ispine_widgets_settings() {
	$saved    = get_option( ISPINE_WIDGETS_OPTION, array() );
	$settings = wp_parse_args(
		is_array( $saved ) ? $saved : array(),
		array(
			'base_url'   => '',
			'partner'    => '',
			'lang'       => '',
			'config_url' => '',
		)
	);
	// No host saved (or the field emptied): the one the plugin was built for.
	if ( '' === $settings['base_url'] ) {
		$settings['base_url'] = ISPINE_WIDGETS_DEFAULT_BASE_URL;
	}
	return $settings;
}

/**
 * The URL of the pinned script on the configured host, or '' when no host is set.
 *
 * @param string $base_url The clinic's host, ending in a slash.
 * @return string
 */
function ispine_widgets_script_url( $base_url ) {
	return '' === $base_url ? '' : $base_url . 'ispine-widgets-' . ISPINE_WIDGETS_VERSION . '.js';
}
