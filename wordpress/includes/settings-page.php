<?php
/**
 * Settings → iSpine widgets: the clinic's host, the partner id, the default language and the
 * published config file, checked on save. The Settings API supplies the nonce and the
 * capability check (options.php); this page asks for `manage_options` too.
 *
 * @package ISpineWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Registers the option, its section and its fields. */
function ispine_widgets_register_settings() {
	register_setting(
		'ispine_widgets',
		ISPINE_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'ispine_widgets_sanitize_settings',
			'default'           => array(),
		)
	);
	add_settings_section( 'ispine_widgets_host', __( 'Where the widgets come from', 'ispine-widgets' ), 'ispine_widgets_section_text', 'ispine-widgets' );
	$fields = array(
		'base_url'   => __( 'Clinic host (base URL)', 'ispine-widgets' ),
		'partner'    => __( 'Partner id', 'ispine-widgets' ),
		'lang'       => __( 'Default language', 'ispine-widgets' ),
		'config_url' => __( 'Configuration file URL', 'ispine-widgets' ),
	);
	foreach ( $fields as $key => $label ) {
		add_settings_field(
			"ispine_widgets_{$key}",
			$label,
			'ispine_widgets_field',
			'ispine-widgets',
			'ispine_widgets_host',
			array(
				'key'       => $key,
				'label_for' => "ispine_widgets_{$key}",
			)
		);
	}
}
add_action( 'admin_init', 'ispine_widgets_register_settings' );

/** Adds Settings → iSpine widgets. */
function ispine_widgets_add_settings_page() {
	add_options_page(
		__( 'iSpine widgets', 'ispine-widgets' ),
		__( 'iSpine widgets', 'ispine-widgets' ),
		'manage_options',
		'ispine-widgets',
		'ispine_widgets_settings_page'
	);
}
add_action( 'admin_menu', 'ispine_widgets_add_settings_page' );

/** The section's introduction. */
function ispine_widgets_section_text() {
	echo '<p>' . esc_html(
		sprintf(
			/* translators: %s: the widgets' version, e.g. 0.2.0. */
			__( 'This plugin loads version %s of the widgets from the clinic\'s host. Saving checks that the host serves that version and the checker\'s frame.', 'ispine-widgets' ),
			ISPINE_WIDGETS_VERSION
		)
	) . '</p>';
}

/**
 * One field of the form.
 *
 * @param array{key: string, label_for: string} $args Which field.
 */
function ispine_widgets_field( $args ) {
	$settings = ispine_widgets_settings();
	$key      = $args['key'];
	$name     = ISPINE_WIDGETS_OPTION . "[{$key}]";
	if ( 'lang' === $key ) {
		$choices = array(
			''   => __( 'The page\'s language', 'ispine-widgets' ),
			'en' => __( 'English', 'ispine-widgets' ),
			'es' => __( 'Spanish', 'ispine-widgets' ),
		);
		echo '<select id="' . esc_attr( $args['label_for'] ) . '" name="' . esc_attr( $name ) . '">';
		foreach ( $choices as $value => $label ) {
			echo '<option value="' . esc_attr( $value ) . '"' . selected( $settings['lang'], $value, false ) . '>' . esc_html( $label ) . '</option>';
		}
		echo '</select>';
		return;
	}
	$help = array(
		'base_url'   => __( 'The https address where the clinic serves the widgets, ending in /, for example https://widgets.example.org/ispine/.', 'ispine-widgets' ),
		'partner'    => __( 'Your partner id from the clinic (lower-case letters, digits and dashes). Leave empty on the clinic\'s own site.', 'ispine-widgets' ),
		'config_url' => __( 'Optional: a configuration file the clinic published under its host (…/config/name.json) or one on this site.', 'ispine-widgets' ),
	);
	$type = 'partner' === $key ? 'text' : 'url';
	echo '<input class="regular-text" type="' . esc_attr( $type ) . '" id="' . esc_attr( $args['label_for'] ) . '" name="' . esc_attr( $name ) . '" value="' . esc_attr( $settings[ $key ] ) . '" aria-describedby="' . esc_attr( $args['label_for'] ) . '-help">';
	echo '<p class="description" id="' . esc_attr( $args['label_for'] ) . '-help">' . esc_html( $help[ $key ] ) . '</p>';
}

/** The page itself. */
function ispine_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'ispine_widgets' );
	do_settings_sections( 'ispine-widgets' );
	submit_button();
	echo '</form></div>';
}

/**
 * Checks and cleans what was submitted. A value that fails its check is not saved (the
 * previous one stays) and an error says why, so a typo never breaks every page using a widget.
 *
 * @param mixed $input The submitted fields.
 * @return array The settings to save.
 */
function ispine_widgets_sanitize_settings( $input ) {
	$saved = ispine_widgets_settings();
	$input = is_array( $input ) ? wp_unslash( $input ) : array();
	$clean = $saved;

	$partner = isset( $input['partner'] ) ? trim( (string) $input['partner'] ) : '';
	if ( '' === $partner || preg_match( '/^[a-z0-9-]{1,64}$/', $partner ) ) {
		$clean['partner'] = $partner;
	} else {
		ispine_widgets_settings_error( __( 'The partner id may only hold lower-case letters, digits and dashes (at most 64). It was not changed.', 'ispine-widgets' ) );
	}

	$lang           = isset( $input['lang'] ) ? (string) $input['lang'] : '';
	$clean['lang'] = in_array( $lang, array( '', 'en', 'es' ), true ) ? $lang : '';

	$base_url = isset( $input['base_url'] ) ? trim( (string) $input['base_url'] ) : '';
	if ( '' === $base_url ) {
		$clean['base_url'] = '';
	} else {
		$base_url = trailingslashit( $base_url );
		$problem  = ispine_widgets_check_host( $base_url );
		if ( '' === $problem ) {
			$clean['base_url'] = $base_url;
		} else {
			ispine_widgets_settings_error( $problem . ' ' . __( 'The clinic host was not changed.', 'ispine-widgets' ) );
		}
	}

	$config_url = isset( $input['config_url'] ) ? trim( (string) $input['config_url'] ) : '';
	if ( '' === $config_url ) {
		$clean['config_url'] = '';
	} else {
		$problem = ispine_widgets_check_config( $config_url, $clean['base_url'] );
		if ( '' === $problem ) {
			$clean['config_url'] = $config_url;
		} else {
			ispine_widgets_settings_error( $problem . ' ' . __( 'The configuration file URL was not changed.', 'ispine-widgets' ) );
		}
	}
	return $clean;
}

/**
 * Records an error shown above the form after saving.
 *
 * @param string $message What went wrong, and what was kept.
 */
function ispine_widgets_settings_error( $message ) {
	add_settings_error( 'ispine_widgets', 'ispine_widgets_' . md5( $message ), $message );
}

/**
 * Whether a URL may be used: https, or http on this computer (for local testing).
 *
 * @param string $url The URL.
 * @return bool
 */
function ispine_widgets_allowed_url( $url ) {
	$parts = wp_parse_url( $url );
	if ( ! $parts || empty( $parts['host'] ) || empty( $parts['scheme'] ) ) {
		return false;
	}
	return 'https' === $parts['scheme'] || ( 'http' === $parts['scheme'] && in_array( $parts['host'], array( '127.0.0.1', 'localhost', '[::1]' ), true ) );
}

/**
 * Fetches a URL as a browser on this site would (with this site's Origin).
 *
 * @param string $url The URL.
 * @return array|WP_Error The response.
 */
function ispine_widgets_fetch( $url ) {
	$home = wp_parse_url( home_url() );
	$port = isset( $home['port'] ) ? ':' . $home['port'] : '';
	return wp_remote_get(
		$url,
		array(
			'timeout'     => 10,
			'redirection' => 0,
			'headers'     => array( 'Origin' => $home['scheme'] . '://' . $home['host'] . $port ),
		)
	);
}

/**
 * Why a response cannot be used ('' when it can).
 *
 * @param array|WP_Error $response  The response.
 * @param string         $url       What was fetched.
 * @param bool           $needs_cors Whether pages on this site read it across origins.
 * @return string
 */
function ispine_widgets_response_problem( $response, $url, $needs_cors ) {
	if ( is_wp_error( $response ) ) {
		/* translators: 1: URL, 2: the network error. */
		return sprintf( __( 'Could not reach %1$s (%2$s).', 'ispine-widgets' ), $url, $response->get_error_message() );
	}
	$status = wp_remote_retrieve_response_code( $response );
	if ( 200 !== $status ) {
		/* translators: 1: URL, 2: HTTP status code. */
		return sprintf( __( '%1$s answered with HTTP status %2$s instead of 200.', 'ispine-widgets' ), $url, $status );
	}
	if ( $needs_cors && '' === wp_remote_retrieve_header( $response, 'access-control-allow-origin' ) ) {
		/* translators: %s: URL. */
		return sprintf( __( '%s has no Access-Control-Allow-Origin header: browsers will refuse it on this site. Set up the headers of the hosting kit (dist/_headers or nginx-ispine.conf).', 'ispine-widgets' ), $url );
	}
	return '';
}

/**
 * Checks the clinic's host: the pinned script (with CORS and the right bytes) and the checker's
 * frame page.
 *
 * @param string $base_url The host, ending in a slash.
 * @return string The problem, or '' when the host is ready.
 */
function ispine_widgets_check_host( $base_url ) {
	if ( ! ispine_widgets_allowed_url( $base_url ) ) {
		/* translators: %s: what was typed. */
		return sprintf( __( '%s is not an https address.', 'ispine-widgets' ), $base_url );
	}
	$script_url = ispine_widgets_script_url( $base_url );
	$response   = ispine_widgets_fetch( $script_url );
	$problem    = ispine_widgets_response_problem( $response, $script_url, true );
	if ( '' !== $problem ) {
		return $problem;
	}
	$hash = 'sha384-' . base64_encode( hash( 'sha384', wp_remote_retrieve_body( $response ), true ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- Subresource Integrity is base64 by definition.
	if ( '' !== ISPINE_WIDGETS_INTEGRITY && ISPINE_WIDGETS_INTEGRITY !== $hash ) {
		/* translators: %s: URL. */
		return sprintf( __( '%s is not the copy this plugin was built for (its integrity hash differs): browsers would refuse to run it.', 'ispine-widgets' ), $script_url );
	}
	$frame_url = $base_url . 'checker-frame.html';
	$response  = ispine_widgets_fetch( $frame_url );
	$problem   = ispine_widgets_response_problem( $response, $frame_url, false );
	if ( '' !== $problem ) {
		return $problem;
	}
	if ( 0 !== strpos( (string) wp_remote_retrieve_header( $response, 'content-type' ), 'text/html' ) || '' !== wp_remote_retrieve_header( $response, 'x-frame-options' ) ) {
		/* translators: %s: URL. */
		return sprintf( __( '%s must be served as text/html without X-Frame-Options, or the checker cannot open: set up the headers of the hosting kit.', 'ispine-widgets' ), $frame_url );
	}
	return '';
}

/**
 * Checks the configuration file: on the clinic's host or this site, reachable, JSON.
 *
 * @param string $config_url The file's URL.
 * @param string $base_url   The clinic's host.
 * @return string The problem, or '' when the file can be used.
 */
function ispine_widgets_check_config( $config_url, $base_url ) {
	$origin = static function ( $url ) {
		$parts = wp_parse_url( $url );
		return ( $parts['scheme'] ?? '' ) . '://' . ( $parts['host'] ?? '' ) . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
	};
	if ( ! ispine_widgets_allowed_url( $config_url ) || ! in_array( $origin( $config_url ), array( $origin( $base_url ), $origin( home_url() ) ), true ) ) {
		/* translators: %s: what was typed. */
		return sprintf( __( '%s must be an https address on the clinic\'s host or on this site.', 'ispine-widgets' ), $config_url );
	}
	$response = ispine_widgets_fetch( $config_url );
	$problem  = ispine_widgets_response_problem( $response, $config_url, $origin( $config_url ) !== $origin( home_url() ) );
	if ( '' !== $problem ) {
		return $problem;
	}
	if ( ! is_array( json_decode( wp_remote_retrieve_body( $response ), true ) ) ) {
		/* translators: %s: URL. */
		return sprintf( __( '%s is not a JSON configuration file.', 'ispine-widgets' ), $config_url );
	}
	return '';
}
