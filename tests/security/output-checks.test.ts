/** The export inspectors catch what they are meant to catch (a clean verdict must mean something). */
import { describe, expect, it } from 'vitest';
import { inspectHtml, inspectMarkdown, inspectXml, inspectCopydeskJson } from './output-checks';

describe('output checks', () => {
  it('flag executable HTML in every disguise', () => {
    for (const bad of [
      '<script>x</script>',
      '<img src=x onerror=x>',
      '<a href="jav&#x09;ascript:x">a</a>',
      '<a href="VBSCRIPT:x">a</a>',
      '<iframe src="data:text/html,x"></iframe>',
      '<p style="width:expression(x)">a</p>',
      '<svg><a xlink:href="javascript:x">a</a></svg>',
      '<template><img src=x onerror=x></template>',
      '<meta http-equiv=refresh content="0;url=x">',
    ]) {
      expect(inspectHtml(bad).problems, bad).not.toEqual([]);
    }
    expect(inspectHtml('<p><a href="https://example.org/">Mayor signs budget</a> &lt;script&gt;</p>')).toEqual({
      problems: [],
      text: 'Mayor signs budget <script>',
    });
  });

  it('flag raw HTML in Markdown, bad links in XML and JSON', () => {
    expect(inspectMarkdown('Mayor <img src=x onerror=x>').problems).not.toEqual([]);
    expect(inspectMarkdown('[a](javascript:alert(1))').problems).not.toEqual([]); // rendered as raw Markdown would be: a live link
    expect(inspectXml('<nitf><body><a href=" javascript:x">a</a></body></nitf>').problems).not.toEqual([]);
    expect(
      inspectCopydeskJson('{"headline":"a","body":{"root":{"children":[{"type":"link","url":"javascript:x"}]}}}').problems,
    ).not.toEqual([]);
  });
});
