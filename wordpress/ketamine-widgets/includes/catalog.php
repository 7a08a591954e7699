<?php
/**
 * The widgets, their blocks, their shortcodes and the attribute values they accept.
 *
 * @package KetamineWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every widget, as `npm run build:wordpress` wrote it to widgets.json from the
 * library's custom-elements.json: name, tag, block, shortcode, title and
 * attributes (kind `boolean`, `one` of `values`, or a space-separated `list`
 * of `values`).
 *
 * @return array<int, array<string, mixed>>
 */
function ketamine_widgets_catalog() {
	static $catalog = null;
	if ( null === $catalog ) {
		$catalog = wp_json_file_decode( dirname( __DIR__ ) . '/widgets.json', array( 'associative' => true ) );
		$catalog = is_array( $catalog ) ? $catalog : array();
	}
	return $catalog;
}

/**
 * The widget whose shortcode is `$shortcode`, or null.
 *
 * @param string $shortcode A shortcode name, e.g. `ketamine_evidence_card`.
 * @return array<string, mixed>|null
 */
function ketamine_widgets_by_shortcode( $shortcode ) {
	foreach ( ketamine_widgets_catalog() as $widget ) {
		if ( $widget['shortcode'] === $shortcode ) {
			return $widget;
		}
	}
	return null;
}
