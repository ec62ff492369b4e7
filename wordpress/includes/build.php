<?php
/**
 * Build facts, replaced by `npm run build` (scripts/build-wordpress.mjs) with the values of the
 * build it packs. This copy is what a source checkout runs.
 *
 * @package ISpineWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The widgets' version the plugin loads (`ispine-widgets-<version>.js` on the clinic's host). */
const ISPINE_WIDGETS_VERSION = '0.1.0';

/** Subresource Integrity hash of that version's script. */
const ISPINE_WIDGETS_INTEGRITY = '';

/** The clinic's host the build was made for: the default base URL. */
const ISPINE_WIDGETS_DEFAULT_BASE_URL = '';
