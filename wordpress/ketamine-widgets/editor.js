/*
 * The block editor side of the plugin, in plain JavaScript on the wp.* globals
 * (no build step). One block per widget: the settings sidebar has a control per
 * attribute, and the preview is the real widget, whose bundle the editor loads.
 * A block that needs a choice first (the evidence card's study) starts as a
 * Placeholder holding that choice. Built-in ids are offered by their names in
 * the editor's language. window.ketamineWidgetsEditor, printed by the plugin,
 * holds the widgets (widgets.json) and those names (option-labels/<locale>.json).
 */
(function (blocks, element, blockEditor, components, i18n, editor) {
  'use strict';

  var el = element.createElement;
  var __ = i18n.__;
  var _x = i18n._x;
  var sprintf = i18n.sprintf;
  var InspectorControls = blockEditor.InspectorControls;
  var useBlockProps = blockEditor.useBlockProps;
  var PanelBody = components.PanelBody;
  var Placeholder = components.Placeholder;
  var Button = components.Button;
  var SelectControl = components.SelectControl;
  var ToggleControl = components.ToggleControl;
  var CheckboxControl = components.CheckboxControl;
  var BaseControl = components.BaseControl;

  /** The sidebar's name of each attribute the widgets have; a new one shows as its words ("heading-level" → "Heading level"). */
  var ATTRIBUTE_LABELS = {
    study: __('Study', 'ketamine-widgets'),
    current: __('Current step', 'ketamine-widgets'),
    orientation: __('Orientation', 'ketamine-widgets'),
    therapies: __('Therapies', 'ketamine-widgets'),
    criteria: __('Rows', 'ketamine-widgets'),
    highlight: __('Highlighted therapy', 'ketamine-widgets'),
    sections: __('Sections', 'ketamine-widgets'),
    conditions: __('Conditions', 'ketamine-widgets'),
    claims: __('Add “What you may have read”', 'ketamine-widgets'),
    compact: _x('Compact', 'a smaller evidence card', 'ketamine-widgets'),
    theme: __('Colour scheme', 'ketamine-widgets'),
    'heading-level': __('Heading level', 'ketamine-widgets'),
    expanded: __('Everything open', 'ketamine-widgets'),
    footer: __('Footer', 'ketamine-widgets'),
  };
  /** Names of the fixed values (from the widgets' types); a new one shows as itself. */
  var VALUE_LABELS = {
    theme: {
      auto: __('As the visitor’s system', 'ketamine-widgets'),
      light: __('Light', 'ketamine-widgets'),
      dark: __('Dark', 'ketamine-widgets'),
    },
    orientation: {
      vertical: __('Vertical', 'ketamine-widgets'),
      horizontal: __('Horizontal', 'ketamine-widgets'),
    },
    footer: {
      full: _x('Full', 'footer layout', 'ketamine-widgets'),
      compact: _x('Compact', 'footer layout', 'ketamine-widgets'),
    },
  };
  /** What a block's placeholder asks for, per required attribute. */
  var CHOOSE_LABELS = {
    study: __('Choose a study', 'ketamine-widgets'),
  };

  function attributeLabel(name) {
    if (ATTRIBUTE_LABELS[name]) return ATTRIBUTE_LABELS[name];
    var words = name.replace(/-/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  /** The name of one value: a built-in id's name in the editor's language, a fixed value's, or the value. */
  function valueLabel(widget, name, value) {
    var names = (editor.labels[widget.name] || {})[name] || VALUE_LABELS[name] || {};
    if (names[value]) return names[value];
    /* translators: %s: a heading level, 1 to 6. */
    if (name === 'heading-level') return sprintf(__('Heading %s', 'ketamine-widgets'), value);
    return value;
  }

  /** A list attribute: one checkbox per id; none ticked means the widget's default (all). */
  function listControl(widget, name, spec, value, set) {
    var chosen = value ? value.split(' ') : [];
    return el(
      BaseControl,
      {
        key: name,
        id: 'ketamine-' + name,
        label: attributeLabel(name),
        help: __('None ticked: all, in the usual order.', 'ketamine-widgets'),
      },
      spec.values.map(function (id) {
        return el(CheckboxControl, {
          key: id,
          label: valueLabel(widget, name, id),
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

  function control(widget, name, value, set) {
    var spec = widget.attributes[name];
    if (spec.kind === 'boolean') {
      return el(ToggleControl, { key: name, label: attributeLabel(name), checked: !!value, onChange: set });
    }
    if (spec.kind === 'list') return listControl(widget, name, spec, value, set);
    var unset = spec.default
      ? /* translators: %s: the name of the value the widget uses when none is chosen. */
        sprintf(__('Default (%s)', 'ketamine-widgets'), valueLabel(widget, name, spec.default))
      : __('None', 'ketamine-widgets');
    return el(SelectControl, {
      key: name,
      label: attributeLabel(name),
      value: value || '',
      options: [{ label: unset, value: '' }].concat(
        spec.values.map(function (id) {
          return { label: valueLabel(widget, name, id), value: id };
        }),
      ),
      onChange: function (next) {
        set(next || undefined);
      },
    });
  }

  /** The choice a block needs before its widget can show: WordPress's own Placeholder, with one button per id. */
  function placeholder(widget, name, set) {
    return el(
      Placeholder,
      {
        icon: 'welcome-learn-more',
        label:
          CHOOSE_LABELS[name] ||
          /* translators: %s: the name of a setting, such as "Study". */
          sprintf(__('Choose: %s', 'ketamine-widgets'), attributeLabel(name)),
        instructions: __('You can change it later in the block’s settings.', 'ketamine-widgets'),
        className: 'ketamine-widgets-placeholder',
      },
      el(
        'div',
        { role: 'list', style: { display: 'grid', gap: '8px', inlineSize: '100%' } },
        widget.attributes[name].values.map(function (id) {
          return el(
            'div',
            { role: 'listitem', key: id },
            el(
              Button,
              {
                variant: 'secondary',
                style: { blockSize: 'auto', minBlockSize: '36px', whiteSpace: 'normal', textAlign: 'start' },
                onClick: function () {
                  set(id);
                },
              },
              valueLabel(widget, name, id),
            ),
          );
        }),
      ),
    );
  }

  /**
   * The editor's iframes (the Site Editor's canvas, the inserter's previews) are documents of their own, with their
   * own custom elements: the first widget drawn in one adds the module bundle there, with the editor's language.
   * (WordPress 6.1 would add a block's scripts to them as classic scripts, which a module cannot be.)
   */
  function loadBundleInto(widgetElement) {
    var doc = widgetElement && widgetElement.ownerDocument;
    if (!doc || doc === document || doc.querySelector('script[data-ketamine-widgets]')) return;
    var bundle = document.getElementById('ketamine-widgets-js');
    if (!bundle) return;
    if (!doc.documentElement.lang) doc.documentElement.lang = document.documentElement.lang;
    var script = doc.createElement('script');
    script.type = 'module';
    script.src = bundle.src;
    script.setAttribute('data-ketamine-widgets', '');
    doc.head.appendChild(script);
  }

  /** The widget's tag with the block's attributes, as the server renders it. */
  function preview(widget, attributes) {
    var props = { ref: loadBundleInto };
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

  editor.widgets.forEach(function (widget) {
    var names = Object.keys(widget.attributes);
    blocks.registerBlockType(widget.block, {
      edit: function (props) {
        var setter = function (name) {
          return function (value) {
            var change = {};
            change[name] = value;
            props.setAttributes(change);
          };
        };
        var missing = names.filter(function (name) {
          return widget.attributes[name].required && !props.attributes[name];
        });
        var controls = names.map(function (name) {
          return control(widget, name, props.attributes[name], setter(name));
        });
        return el(
          'div',
          useBlockProps(),
          el(InspectorControls, null, el(PanelBody, { title: __('Widget settings', 'ketamine-widgets') }, controls)),
          missing.length ? placeholder(widget, missing[0], setter(missing[0])) : preview(widget, props.attributes),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(
  window.wp.blocks,
  window.wp.element,
  window.wp.blockEditor,
  window.wp.components,
  window.wp.i18n,
  window.ketamineWidgetsEditor,
);
