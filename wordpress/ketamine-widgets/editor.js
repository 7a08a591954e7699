/*
 * The block editor side of the plugin, in plain JavaScript on the wp.* globals
 * (no build step). One block per widget: the settings sidebar has a control per
 * attribute, and the preview is the real widget, whose bundle the editor loads.
 * The widgets come from window.ketamineWidgetsCatalog, printed by the plugin.
 */
(function (blocks, element, blockEditor, components, catalog) {
  'use strict';

  var el = element.createElement;
  var InspectorControls = blockEditor.InspectorControls;
  var useBlockProps = blockEditor.useBlockProps;
  var PanelBody = components.PanelBody;
  var SelectControl = components.SelectControl;
  var ToggleControl = components.ToggleControl;
  var CheckboxControl = components.CheckboxControl;
  var BaseControl = components.BaseControl;

  /** `heading-level` → "Heading level". */
  function label(name) {
    var words = name.replace(/-/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  /** A list attribute: one checkbox per id; none ticked means the widget's default (all). */
  function listControl(name, spec, value, set) {
    var chosen = value ? value.split(' ') : [];
    return el(
      BaseControl,
      { key: name, id: 'ketamine-' + name, label: label(name), help: 'None ticked: all, in the usual order.' },
      spec.values.map(function (id) {
        return el(CheckboxControl, {
          key: id,
          label: id,
          checked: chosen.indexOf(id) !== -1,
          onChange: function (on) {
            var next = spec.values.filter(function (other) {
              return other === id ? on : chosen.indexOf(other) !== -1;
            });
            set(next.length ? next.join(' ') : undefined);
          },
        });
      }),
    );
  }

  function control(name, spec, value, set) {
    if (spec.kind === 'boolean') {
      return el(ToggleControl, { key: name, label: label(name), checked: !!value, onChange: set });
    }
    if (spec.kind === 'list') return listControl(name, spec, value, set);
    var unset = spec.default ? 'Default (' + spec.default + ')' : 'None';
    return el(SelectControl, {
      key: name,
      label: label(name),
      value: value || '',
      options: [{ label: unset, value: '' }].concat(
        spec.values.map(function (id) {
          return { label: id, value: id };
        }),
      ),
      onChange: function (next) {
        set(next || undefined);
      },
    });
  }

  /** The widget's tag with the block's attributes, as the server renders it. */
  function preview(widget, attributes) {
    var props = {};
    Object.keys(widget.attributes).forEach(function (name) {
      var value = attributes[name];
      if (widget.attributes[name].kind === 'boolean') {
        if (value) props[name] = '';
      } else if (value) {
        props[name] = value;
      }
    });
    return el(widget.tag, props);
  }

  catalog.forEach(function (widget) {
    blocks.registerBlockType(widget.block, {
      edit: function (props) {
        var controls = Object.keys(widget.attributes).map(function (name) {
          return control(name, widget.attributes[name], props.attributes[name], function (value) {
            var change = {};
            change[name] = value;
            props.setAttributes(change);
          });
        });
        return el(
          'div',
          useBlockProps(),
          el(InspectorControls, null, el(PanelBody, { title: 'Widget settings' }, controls)),
          preview(widget, props.attributes),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.ketamineWidgetsCatalog);
