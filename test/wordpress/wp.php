<?php
/**
 * The test WordPress's command line (Debian has no wp-cli): runs one step as WordPress's own
 * code would, and prints its result as JSON.
 *
 * Usage: php wp.php <config name> <host:port> <command> [arguments]
 *   install                        install WordPress (admin user "admin")
 *   plugin <zip>                   install a plugin zip as Upload Plugin does, and activate it
 *   theme <slug>                   switch theme
 *   author-post <title> <file>     save a post as the Author "race-organiser" (WordPress's
 *                                  kses filters apply, as in the editor), publish it
 *   admin-post <title> <file>      the same as the administrator (unfiltered_html: no kses)
 *   autop <on|off>                 a must-use plugin that turns wpautop off when "off"
 *
 * @package ISpineWidgets
 */

list( , $config, $host, $command ) = $argv;
$_SERVER['WORDPRESS_CONFIG'] = $config;
$_SERVER['HTTP_HOST']        = $host;
$_SERVER['REQUEST_URI']      = '/';
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';

/**
 * Prints the result and stops.
 *
 * @param mixed $result Anything JSON can hold.
 */
function done( $result ) {
	echo wp_json_encode( $result ), "\n";
	exit( 0 );
}

/**
 * Prints an error and stops with a failure.
 *
 * @param string $message What went wrong.
 */
function fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$result = wp_install( 'Race day', 'admin', 'admin@example.org', true, '', 'admin-password' );
		update_option( 'permalink_structure', '' );
		done( array( 'user_id' => $result['user_id'] ) );
		break;

	case 'plugin':
		require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
		wp_set_current_user( 1 );
		$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
		$result   = $upgrader->install( $argv[4], array( 'overwrite_package' => true ) );
		if ( true !== $result ) {
			fail( 'plugin install failed: ' . wp_json_encode( is_wp_error( $result ) ? $result->get_error_messages() : $upgrader->skin->get_upgrade_messages() ) );
		}
		$activated = activate_plugin( $upgrader->plugin_info() );
		if ( is_wp_error( $activated ) ) {
			fail( 'activation failed: ' . $activated->get_error_message() );
		}
		done( array( 'plugin' => $upgrader->plugin_info() ) );
		break;

	case 'theme':
		switch_theme( $argv[4] );
		done( array( 'theme' => get_stylesheet() ) );
		break;

	case 'author-post':
	case 'admin-post':
		$author = get_user_by( 'login', 'admin-post' === $command ? 'admin' : 'race-organiser' );
		if ( ! $author ) {
			$id = wp_insert_user(
				array(
					'user_login' => 'race-organiser',
					'user_pass'  => 'race-organiser-password',
					'user_email' => 'organiser@example.org',
					'role'       => 'author',
				)
			);
			if ( is_wp_error( $id ) ) {
				fail( $id->get_error_message() );
			}
			$author = get_user_by( 'id', $id );
		}
		// As that user: WordPress adds its kses filters for users without unfiltered_html.
		wp_set_current_user( $author->ID );
		$id = wp_insert_post(
			wp_slash(
				array(
					'post_title'   => $argv[4],
					'post_content' => file_get_contents( $argv[5] ),
					'post_status'  => 'publish',
					'post_author'  => $author->ID,
				)
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			fail( $id->get_error_message() );
		}
		done(
			array(
				'id'         => $id,
				'url'        => get_permalink( $id ),
				'can_script' => current_user_can( 'unfiltered_html' ),
				'saved'      => get_post_field( 'post_content', $id, 'raw' ),
			)
		);
		break;

	case 'autop':
		$file = WPMU_PLUGIN_DIR . '/ispine-test-autop.php';
		wp_mkdir_p( WPMU_PLUGIN_DIR );
		if ( 'off' === $argv[4] ) {
			file_put_contents( $file, "<?php\nremove_filter( 'the_content', 'wpautop' );\n" );
		} elseif ( file_exists( $file ) ) {
			unlink( $file );
		}
		done( array( 'autop' => $argv[4] ) );
		break;

	default:
		fail( "unknown command {$command}" );
}
