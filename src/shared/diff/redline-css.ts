/**
 * The redline's stylesheet: inserted text underlined and green, deleted text struck and red
 * (the line style says it without colour), moves with a dashed rule and a label, formatting
 * changes with a dotted underline. Print keeps the marks and shows link addresses.
 */
export const REDLINE_CSS = `
.redline { font: 17px/1.55 Georgia, 'Times New Roman', serif; color: #1b1b1b; max-width: 44rem; margin: 0 auto; }
.redline ins { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 2px; background: #e3f4e6; color: #0a5a20; }
.redline del { text-decoration: line-through; text-decoration-thickness: 2px; background: #fde7e5; color: #9f1d14; }
.redline .fmt { border-bottom: 2px dotted #8a6100; background: #fff3d1; }
.redline .link { text-decoration: underline dotted; }
.redline .change-inserted, .redline .change-deleted, .redline .change-moved-from, .redline .change-moved-to,
.redline .change-modified.replaced { padding-left: .6rem; border-left: 4px solid transparent; }
.redline .change-inserted { border-left-color: #1e7b34; }
.redline .change-deleted { border-left-color: #b3261e; border-left-style: double; }
.redline .change-moved-from { border-left: 4px dashed #5b4bb7; color: #5f5f5f; }
.redline .change-moved-to { border-left: 4px solid #5b4bb7; }
.redline .move-link, .redline .type-change, .redline .replaced-note { font: 12px/1.4 system-ui, sans-serif; color: #3d2f99; margin-right: .4em; }
.redline .type-change, .redline .replaced-note { color: #5f5f5f; display: block; }
.redline .fields { border: 1px solid #ccc; padding: .5rem 1rem; margin-bottom: 1.5rem; }
.redline .fields dt { font: bold 12px/1.4 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .04em; margin-top: .5rem; }
.redline .fields dd { margin: 0 0 .25rem; }
.redline .depth-1 { margin-left: 1.5rem; } .redline .depth-2 { margin-left: 3rem; } .redline .depth-3 { margin-left: 4.5rem; }
.redline .depth-4, .redline .depth-5, .redline .depth-6 { margin-left: 6rem; }
.redline [data-change].current { outline: 2px solid #1a5fb4; outline-offset: 2px; }
.redline .sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.redline figure { margin: 1rem 0; }
.redline .photo-placeholder { display: flex; align-items: center; justify-content: center; min-height: 6rem; padding: .5rem; background: #eceae6; border: 1px solid #cfcac2; font: 13px/1.4 system-ui, sans-serif; color: #4a4a4a; }
.redline figcaption, .redline .embed-card { display: block; font: 14px/1.45 system-ui, sans-serif; margin-top: .35rem; }
.redline .embed-card { border: 1px solid #cfcac2; padding: .5rem .75rem; }
.redline figcaption .credit { display: block; color: #5f5f5f; font-size: 12px; text-transform: uppercase; letter-spacing: .03em; }
.redline .alt, .redline .embed-card > span { display: block; }
.redline .media-label { font: bold 11px/1.4 system-ui, sans-serif; color: #5f5f5f; text-transform: uppercase; letter-spacing: .04em; }
.redline-header h1 { font: bold 22px/1.3 system-ui, sans-serif; }
.redline-header .summary { font: 14px/1.4 system-ui, sans-serif; color: #444; }
@media print {
  .redline { font-size: 11pt; max-width: none; }
  .redline ins, .redline del, .redline .fmt { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .redline .link[data-url]::after { content: " <" attr(data-url) ">"; font-size: 85%; }
  .redline [data-change].current { outline: none; }
  .redline p, .redline li, .redline blockquote, .redline figure { break-inside: avoid; }
}
`;
