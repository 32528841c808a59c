/**
 * Hostile HTML an article can arrive with: pasted from a web page, imported from a saved page,
 * or typed into a Copydesk JSON file by hand. Each vector tries to run `__xss.push(name)` (or
 * `alert`, which the Chromium tests turn into a push) and carries a sentence of the story that
 * must survive sanitizing (`text`). Sources: OWASP's XSS filter evasion cheat sheet, the
 * DOMPurify and Cure53 mXSS write-ups, PortSwigger's XSS cheat sheet; rewritten for this test.
 *
 * Shared by the vitest pipeline (tests/security/xss-pipeline.test.ts) and Chromium
 * (tests/e2e/xss.spec.ts), so keep it plain data with no imports.
 */
export interface XssVector {
  name: string;
  html: string;
  /** Words of the story in the vector that must survive every import and export. */
  text?: string;
}

const T = 'Mayor signs budget';
const P = `<p>${T}</p>`;
const push = (name: string) => `__xss.push('${name}')`;

export const XSS_VECTORS: XssVector[] = [
  // ---- script elements
  { name: 'script-basic', html: `${P}<script>${push('script-basic')}</script>`, text: T },
  {
    name: 'script-uppercase-src-data',
    html: `${P}<SCRIPT SRC="data:text/javascript,${push('script-uppercase-src-data')}"></SCRIPT>`,
    text: T,
  },
  { name: 'script-split-tag', html: `${P}<scr<script>ipt>${push('script-split-tag')}</scr</script>ipt>`, text: T },
  { name: 'script-in-title-attribute', html: `<p title="</p><script>${push('script-in-title-attribute')}</script>">${T}</p>`, text: T },
  { name: 'script-self-closing', html: `${P}<script src="data:,${push('script-self-closing')}" />`, text: T },
  { name: 'script-in-table', html: `<table><tr><td>${T}</td><script>${push('script-in-table')}</script></tr></table>`, text: T },
  // ---- event-handler attributes
  { name: 'img-onerror', html: `<p>${T}<img src=x onerror="${push('img-onerror')}"></p>`, text: T },
  { name: 'img-onerror-uppercase-no-quotes', html: `<P>${T}<IMG SRC=/ ONERROR=${push('img-onerror-uppercase-no-quotes')}></P>`, text: T },
  { name: 'body-onload', html: `<body onload="${push('body-onload')}">${P}</body>`, text: T },
  { name: 'svg-onload', html: `${P}<svg onload="${push('svg-onload')}"></svg>`, text: T },
  { name: 'svg-slash-onload', html: `${P}<svg/onload=${push('svg-slash-onload')}>`, text: T },
  { name: 'details-ontoggle', html: `<details open ontoggle="${push('details-ontoggle')}"><summary>x</summary></details>${P}`, text: T },
  { name: 'autofocus-onfocus', html: `<p contenteditable autofocus tabindex=1 onfocus="${push('autofocus-onfocus')}">${T}</p>`, text: T },
  { name: 'input-autofocus-onfocus', html: `<input autofocus onfocus=${push('input-autofocus-onfocus')}>${P}`, text: T },
  { name: 'video-source-onerror', html: `<video><source onerror="${push('video-source-onerror')}"></video>${P}`, text: T },
  { name: 'audio-src-onerror', html: `<audio src=x onerror=${push('audio-src-onerror')}></audio>${P}`, text: T },
  {
    name: 'link-onclick-safe-href',
    html: `<p><a href="https://example.org/budget" onclick="${push('link-onclick-safe-href')}">${T}</a></p>`,
    text: T,
  },
  {
    name: 'span-onmouseover-style',
    html: `<p><span onmouseover="${push('span-onmouseover-style')}" style="display:block;width:100%;height:100%">${T}</span></p>`,
    text: T,
  },
  { name: 'marquee-onstart', html: `<marquee onstart=${push('marquee-onstart')}>${T}</marquee>`, text: T },
  { name: 'style-onload', html: `<style onload=${push('style-onload')}></style>${P}`, text: T },
  // ---- frames, objects, forms
  { name: 'iframe-srcdoc', html: `${P}<iframe srcdoc="<script>parent.${push('iframe-srcdoc')}</script>"></iframe>`, text: T },
  { name: 'iframe-src-javascript', html: `${P}<iframe src="javascript:parent.${push('iframe-src-javascript')}"></iframe>`, text: T },
  {
    name: 'iframe-src-data-html',
    html: `${P}<iframe src="data:text/html,<script>${push('iframe-src-data-html')}</script>"></iframe>`,
    text: T,
  },
  { name: 'object-data-html', html: `${P}<object data="data:text/html,<script>${push('object-data-html')}</script>"></object>`, text: T },
  { name: 'embed-src-javascript', html: `${P}<embed src="javascript:${push('embed-src-javascript')}">`, text: T },
  {
    name: 'form-action-javascript',
    html: `${P}<form action="javascript:${push('form-action-javascript')}"><input type=submit></form>`,
    text: T,
  },
  {
    name: 'button-formaction',
    html: `${P}<form id=f></form><button form=f formaction="javascript:${push('button-formaction')}">Go</button>`,
    text: T,
  },
  {
    name: 'meta-refresh-javascript',
    html: `<meta http-equiv="refresh" content="0;url=javascript:${push('meta-refresh-javascript')}">${P}`,
    text: T,
  },
  {
    name: 'base-href-javascript',
    html: `<base href="javascript:${push('base-href-javascript')}//"><p><a href="/story">${T}</a></p>`,
    text: T,
  },
  {
    name: 'link-stylesheet-javascript',
    html: `<link rel=stylesheet href="javascript:${push('link-stylesheet-javascript')}">${P}`,
    text: T,
  },
  // ---- javascript:, vbscript:, data: URLs and their disguises
  { name: 'href-javascript', html: `<p><a href="javascript:${push('href-javascript')}">${T}</a></p>`, text: T },
  { name: 'href-javascript-mixed-case', html: `<p><a href="JaVaScRiPt:${push('href-javascript-mixed-case')}">${T}</a></p>`, text: T },
  {
    name: 'href-javascript-leading-space-and-ctrl',
    html: `<p><a href=" &#14;  javascript:${push('href-javascript-leading-space-and-ctrl')}">${T}</a></p>`,
    text: T,
  },
  { name: 'href-javascript-tab-entity', html: `<p><a href="jav&#x09;ascript:${push('href-javascript-tab-entity')}">${T}</a></p>`, text: T },
  {
    name: 'href-javascript-newline-entity',
    html: `<p><a href="jav&#x0A;ascript:${push('href-javascript-newline-entity')}">${T}</a></p>`,
    text: T,
  },
  { name: 'href-javascript-cr-entity', html: `<p><a href="jav&#13;ascript:${push('href-javascript-cr-entity')}">${T}</a></p>`, text: T },
  { name: 'href-javascript-named-tab', html: `<p><a href="java&Tab;script:${push('href-javascript-named-tab')}">${T}</a></p>`, text: T },
  {
    name: 'href-javascript-named-newline',
    html: `<p><a href="java&NewLine;script:${push('href-javascript-named-newline')}">${T}</a></p>`,
    text: T,
  },
  { name: 'href-javascript-literal-tab', html: `<p><a href="java\tscript:${push('href-javascript-literal-tab')}">${T}</a></p>`, text: T },
  {
    name: 'href-javascript-decimal-entities',
    html: `<p><a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${push('href-javascript-decimal-entities')}">${T}</a></p>`,
    text: T,
  },
  {
    name: 'href-javascript-padded-entities',
    html: `<p><a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058${push('href-javascript-padded-entities')}">${T}</a></p>`,
    text: T,
  },
  {
    name: 'href-javascript-hex-no-semicolon',
    html: `<p><a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A${push('href-javascript-hex-no-semicolon')}">${T}</a></p>`,
    text: T,
  },
  {
    name: 'href-javascript-colon-entity',
    html: `<p><a href="javascript&colon;${push('href-javascript-colon-entity')}">${T}</a></p>`,
    text: T,
  },
  {
    name: 'href-javascript-decimal-colon',
    html: `<p><a href="javascript&#58;${push('href-javascript-decimal-colon')}">${T}</a></p>`,
    text: T,
  },
  {
    name: 'href-javascript-comment-newline',
    html: `<p><a href="javascript://%0a${push('href-javascript-comment-newline')}">${T}</a></p>`,
    text: T,
  },
  {
    name: 'href-javascript-mixed-encodings',
    html: `<p><a href="&#x6a;ava&#115;cr&#x0D;ipt&colon;${push('href-javascript-mixed-encodings')}">${T}</a></p>`,
    text: T,
  },
  { name: 'href-javascript-null-byte', html: `<p><a href="java\u0000script:${push('href-javascript-null-byte')}">${T}</a></p>`, text: T },
  {
    name: 'href-javascript-unicode-escape',
    html: `<p><a href="javascript:\\u005f_xss.push('href-javascript-unicode-escape')">${T}</a></p>`,
    text: T,
  },
  { name: 'href-vbscript', html: `<p><a href="vbscript:msgbox(1)">${T}</a></p>`, text: T },
  { name: 'href-vbscript-mixed-case', html: `<p><a href="VbScRiPt:MsgBox(1)">${T}</a></p>`, text: T },
  { name: 'href-data-html-base64', html: `<p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">${T}</a></p>`, text: T },
  {
    name: 'href-data-html-mixed-case',
    html: `<p><a href="DaTa:TeXt/HtMl,<script>${push('href-data-html-mixed-case')}</script>">${T}</a></p>`,
    text: T,
  },
  {
    name: 'href-quote-breakout',
    html: `<p><a href="https://example.org/&quot; onmouseover=&quot;${push('href-quote-breakout')}">${T}</a></p>`,
    text: T,
  },
  { name: 'img-src-javascript', html: `<p>${T}<img src="javascript:${push('img-src-javascript')}"></p>`, text: T },
  // ---- SVG and MathML
  { name: 'svg-script', html: `${P}<svg><script>${push('svg-script')}</script></svg>`, text: T },
  {
    name: 'svg-xlink-href',
    html: `${P}<svg xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:${push('svg-xlink-href')}"><text x=20 y=20>Open</text></a></svg>`,
    text: T,
  },
  {
    name: 'svg-animate-href',
    html: `${P}<svg><a><animate attributeName=href values="javascript:${push('svg-animate-href')}"/><text x=20 y=20>Open</text></a></svg>`,
    text: T,
  },
  { name: 'svg-set-onbegin', html: `${P}<svg><set attributeName=x to=1 onbegin="${push('svg-set-onbegin')}"/></svg>`, text: T },
  { name: 'svg-animate-onbegin', html: `${P}<svg><animate onbegin=${push('svg-animate-onbegin')} attributeName=x dur=1s>`, text: T },
  {
    name: 'svg-foreignobject-iframe',
    html: `${P}<svg><foreignObject><iframe srcdoc="<script>parent.${push('svg-foreignobject-iframe')}</script>"></iframe></foreignObject></svg>`,
    text: T,
  },
  {
    name: 'svg-use-data',
    html: `${P}<svg><use href="data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='${push('svg-use-data')}'/&gt;&lt;/svg&gt;#x"/></svg>`,
    text: T,
  },
  { name: 'math-href-javascript', html: `${P}<math href="javascript:${push('math-href-javascript')}"><mi>x</mi></math>`, text: T },
  {
    name: 'math-maction',
    html: `${P}<math><maction actiontype="statusline" xlink:href="javascript:${push('math-maction')}">x</maction></math>`,
    text: T,
  },
  // ---- mutation XSS (markup that changes meaning when serialized and parsed again)
  {
    name: 'mxss-math-mglyph-style',
    html: `${P}<math><mtext><table><mglyph><style><img src=x onerror=${push('mxss-math-mglyph-style')}></style></mglyph></table></mtext></math>`,
    text: T,
  },
  {
    name: 'mxss-form-math',
    html: `${P}<form><math><mtext></form><form><mglyph><style></math><img src onerror=${push('mxss-form-math')}>`,
    text: T,
  },
  { name: 'mxss-noscript-title', html: `${P}<noscript><p title="</noscript><img src=x onerror=${push('mxss-noscript-title')}>">`, text: T },
  {
    name: 'mxss-svg-style-breakout',
    html: `${P}<svg></p><style><a id="</style><img src=1 onerror=${push('mxss-svg-style-breakout')}>">`,
    text: T,
  },
  { name: 'mxss-comment-breakout', html: `${P}<!--<img src="--><img src=x onerror=${push('mxss-comment-breakout')}//">`, text: T },
  { name: 'mxss-template', html: `${P}<template><img src=x onerror=${push('mxss-template')}></template>`, text: T },
  { name: 'mxss-textarea-breakout', html: `${P}<textarea></textarea><img src=x onerror=${push('mxss-textarea-breakout')}>`, text: T },
  { name: 'mxss-title-breakout', html: `${P}<title><img src=x onerror=${push('mxss-title-breakout')}></title>`, text: T },
  { name: 'mxss-backtick-attribute', html: `${P}<img src="\`<script>${push('mxss-backtick-attribute')}</script>\`">`, text: T },
  {
    name: 'mxss-select-template',
    html: `${P}<select><template><style><img src=x onerror=${push('mxss-select-template')}></style></template></select>`,
    text: T,
  },
  { name: 'mxss-svg-cdata', html: `${P}<svg><![CDATA[><img src=x onerror=${push('mxss-svg-cdata')}>]]></svg>`, text: T },
  // ---- CSS
  { name: 'css-expression', html: `<p style="width: expression(${push('css-expression')})">${T}</p>`, text: T },
  { name: 'css-url-javascript', html: `<p style="background:url('javascript:${push('css-url-javascript')}')">${T}</p>`, text: T },
  { name: 'css-import-javascript', html: `<style>@import 'javascript:${push('css-import-javascript')}';</style>${P}`, text: T },
  { name: 'css-moz-binding', html: `<p style="-moz-binding:url(https://example.org/xss.xml#xss)">${T}</p>`, text: T },
  { name: 'css-escaped-expression', html: `<p style="xss:expr/*x*/ession(${push('css-escaped-expression')})">${T}</p>`, text: T },
  // ---- nested and double encodings that must stay text
  { name: 'escaped-script-stays-text', html: `<p>${T} &lt;script&gt;${push('escaped-script-stays-text')}&lt;/script&gt;</p>`, text: T },
  { name: 'double-escaped-img', html: `<p>${T} &amp;lt;img src=x onerror=${push('double-escaped-img')}&amp;gt;</p>`, text: T },
  {
    name: 'link-text-is-markup',
    html: `<p><a href="https://example.org/">&lt;img src=x onerror=${push('link-text-is-markup')}&gt;</a> ${T}</p>`,
    text: T,
  },
  {
    name: 'polyglot',
    html: `<p>${T}</p><a href="jaVasCript:/*-/*\`/*\\\`/*'/*&quot;/**/(/* */oNcliCk=${push('polyglot')} )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>&lt;sVg/<sVg/oNloAd=${push('polyglot')}//>&gt;">x</a>`,
    text: T,
  },
];

/** Link URLs that must never leave Copydesk as links (for JSON and DOCX files built by hand). */
export const HOSTILE_URLS: string[] = [
  "javascript:__xss.push('json-link')",
  "JaVaScRiPt:__xss.push('json-link-case')",
  " \tjava\nscript:__xss.push('json-link-ws')",
  "java\u0000script:__xss.push('json-link-nul')",
  'jav&#x09;ascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'https://example.org/" onmouseover="__xss.push(\'json-quote\')',
  "https://example.org/'><script>__xss.push('json-tag')</script>",
];

/** Lexical clipboard payloads crafted by hand ('application/x-lexical-editor'). */
export function lexicalClipboardPayloads(namespace: string): { name: string; json: string; text: string }[] {
  const text = (t: string) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 });
  const link = (url: string, t: string) => ({
    type: 'link',
    url,
    rel: null,
    target: null,
    title: null,
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [text(t)],
  });
  const paragraph = (children: unknown[]) => ({
    type: 'paragraph',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    textFormat: 0,
    textStyle: '',
    children,
  });
  const payload = (nodes: unknown[]) => JSON.stringify({ namespace, nodes });
  return [
    {
      name: 'lexical-link-javascript',
      json: payload([paragraph([link("javascript:__xss.push('lexical-link')", 'Council approves levy')])]),
      text: 'Council approves levy',
    },
    {
      name: 'lexical-link-mixed-case-ws',
      json: payload([paragraph([link(" JaVa\tScRiPt:__xss.push('lexical-case')", 'Council approves levy')])]),
      text: 'Council approves levy',
    },
    {
      name: 'lexical-link-data-html',
      json: payload([link('data:text/html,<script>__xss.push(1)</script>', 'Council approves levy')]),
      text: 'Council approves levy',
    },
    {
      name: 'lexical-autolink-vbscript',
      json: payload([paragraph([{ ...link('vbscript:msgbox(1)', 'Council approves levy'), type: 'autolink', isUnlinked: false }])]),
      text: 'Council approves levy',
    },
    {
      name: 'lexical-styled-text',
      json: payload([
        paragraph([{ ...text('Council approves levy'), style: "background:url('javascript:__xss.push(1)')", format: 1 << 9 }]),
      ]),
      text: 'Council approves levy',
    },
    {
      name: 'lexical-text-is-markup',
      json: payload([paragraph([text("Council approves levy <img src=x onerror=__xss.push('lexical-markup')>")])]),
      text: 'Council approves levy',
    },
    {
      name: 'lexical-unknown-node',
      json: payload([
        { type: 'html-embed', html: "<img src=x onerror=__xss.push('lexical-unknown')>", version: 1 },
        paragraph([text('Council approves levy')]),
      ]),
      text: '',
    },
    {
      name: 'lexical-unknown-child',
      json: payload([
        paragraph([{ type: 'iframe', src: "javascript:__xss.push('lexical-iframe')", version: 1 }, text('Council approves levy')]),
      ]),
      text: '',
    },
  ];
}
