<?php
/**
 * The pre-rendered HTML: a widget's built-in content as a declarative shadow
 * root inside its tag, for readers and crawlers that run no script. PHP cannot
 * run the library's server renderer, so `npm run build:wordpress` runs it for
 * the configurations the blocks and shortcodes offer, in each locale, and
 * writes them to prerendered/<locale>/<widget>.json. Anything else gets the
 * plain tag, which the script renders.
 *
 * @package KetamineWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * A JSON file of the plugin's, decoded once per request; null when the build
 * did not write it (a locale without fragments).
 *
 * @param string $path A path inside the plugin's folder.
 * @return mixed
 */
function ketamine_widgets_plugin_json( $path ) {
	static $decoded = array();
	if ( ! array_key_exists( $path, $decoded ) ) {
		$file             = dirname( __DIR__ ) . '/' . $path;
		$decoded[ $path ] = file_exists( $file ) ? wp_json_file_decode( $file, array( 'associative' => true ) ) : null;
	}
	return $decoded[ $path ];
}

/**
 * The locale the widgets show the page in: the page's `<html lang>`, resolved
 * as the library's resolveLocale() does it in the browser, so the
 * pre-rendered text is the text the script renders.
 *
 * @return string
 */
function ketamine_widgets_page_locale() {
	return ketamine_widgets_resolve_locale( get_bloginfo( 'language' ) );
}

/**
 * A language tag (`es-MX`, or WordPress's `es_MX`) as the widgets resolve it:
 * the same tag, else the same base language, else the first locale, English.
 *
 * @param string $language A language tag or WordPress locale.
 * @return string
 */
function ketamine_widgets_resolve_locale( $language ) {
	$locales = (array) ketamine_widgets_plugin_json( 'prerendered/locales.json' );
	$tag     = strtolower( str_replace( '_', '-', $language ) );
	$base    = explode( '-', $tag )[0];
	foreach ( $locales as $locale ) {
		if ( strtolower( $locale ) === $tag ) {
			return $locale;
		}
	}
	foreach ( $locales as $locale ) {
		if ( explode( '-', strtolower( $locale ) )[0] === $base ) {
			return $locale;
		}
	}
	return $locales ? $locales[0] : 'en';
}

/**
 * The widget's pre-rendered shadow root (`<template shadowrootmode="open">…`)
 * for exactly these attributes in the page's locale, or '' when the build did
 * not pre-render them. Each fragment is stored as parts: [start, length] of
 * the file's `base`, or literal HTML (scripts/wordpress/fragments.js).
 *
 * @param array<string, mixed> $widget         A catalog entry.
 * @param string               $attribute_text The tag's attributes, as ketamine_widgets_tag() writes them.
 * @return string
 */
function ketamine_widgets_prerendered( array $widget, $attribute_text ) {
	$file = ketamine_widgets_plugin_json( 'prerendered/' . ketamine_widgets_page_locale() . '/' . $widget['name'] . '.json' );
	if ( ! is_array( $file ) || ! isset( $file['fragments'][ $attribute_text ] ) ) {
		return '';
	}
	$html = '';
	foreach ( $file['fragments'][ $attribute_text ] as $part ) {
		$html .= is_array( $part ) ? substr( $file['base'], $part[0], $part[1] ) : $part;
	}
	return $html;
}
