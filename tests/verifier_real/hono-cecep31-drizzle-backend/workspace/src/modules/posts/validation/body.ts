// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/modules/posts/validation/body.ts
import { z } from 'zod';

import sanitizeHtml from 'sanitize-html';

import {
  MAX_PRESIGNED_FILENAME_LENGTH,
  MAX_POST_TAGS_COUNT,
  MAX_TAG_NAME_CHARS,
  MAX_URL_LENGTH,
  MAX_ISO_DATETIME_STRING_LENGTH,
} from '../../../utils/validationLimits';

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags,
    'img',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'span',
    'u',
    's',
    'sub',
    'sup',
    'mark',
    'hr',
    'code',
    'pre',
    'iframe', // Allow iframes for YouTube/Video embeds
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    ...sanitizeHtml.defaults.allowedAttributes,
    '*': ['class', 'style', 'data-*'], // Allow data attributes for TipTap extensions
    a: ['href', 'name', 'target', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height', 'loading'],
    iframe: ['src', 'width', 'height', 'frameborder', 'allow', 'allowfullscreen'],
  },
  allowedStyles: {
    '*': {
      color: [/^#(0x)?[0-9a-f]+$/i, /^rgb\(/],
      'background-color': [/^#(0x)?[0-9a-f]+$/i, /^rgb\(/],
      'text-align': [/^left$/, /^right$/, /^center$/, /^justify$/],
      'font-size': [/^\d+(?:px|em|rem|%)$/],
      'padding-left': [/^\d+(?:px|em|rem|%)$/], // Useful for task lists/indentation
    },
  },
  allowedIframeHostnames: ['www.youtube.com', 'player.vimeo.com'], // Security: restrict where iframes can come from
};
