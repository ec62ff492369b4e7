<?php
/**
 * Removes the plugin's one option when the plugin is deleted (Plugins → Delete). Posts keep
 * their shortcodes and blocks; without the plugin they show as plain text and empty blocks.
 *
 * @package ISpineWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'ispine_widgets_settings' );
delete_site_option( 'ispine_widgets_settings' );
