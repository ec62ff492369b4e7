<?php
/**
 * Plugin Name:       iSpine widgets
 * Description:       The iSpine Pain Physicians clinic finder, back pain checker and call/book button as blocks and shortcodes any author can use.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            iSpine Pain Physicians
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       ispine-widgets
 * Domain Path:       /languages
 *
 * @package ISpineWidgets
 */

defined( 'ABSPATH' ) || exit;

/*
 * What the build knows (the widgets' version, its integrity hash, the clinic's host it was
 * built for): written by scripts/build-wordpress.mjs. The plugin pins that one version.
 */
require_once __DIR__ . '/includes/build.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/settings-page.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'ispine-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	}
);
