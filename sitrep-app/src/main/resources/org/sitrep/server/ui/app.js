// Sitrep web UI: a story list with search and date filter, a story page (summary with citations,
// timeline, actor graph, claims, quotes, sources), an article page that highlights a cited
// sentence, and an entity page. No external assets, no framework.
//
// Safety rule: everything that comes from the API is put into the page as text (textContent,
// createTextNode) or as an attribute value through setAttribute; nothing is ever parsed as HTML,
// and only http(s) addresses become links. The server's Content-Security-Policy forbids inline
// script on top of that.
'use strict';

(function () {
  const main = document.getElementById('main');
  const SVG = 'http://www.w3.org/2000/svg';
  const PAGE = 20;
  const VERDICT_MARKS = { agree: '✓ agree', compatible: '≈ compatible', disagree: '✗ disagree', single: '• single' };

  // ---- DOM building -------------------------------------------------------------------------

  /** An element with attributes (values set with setAttribute) and children (strings become text). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) throw new Error('event handlers are attached with addEventListener');
      node.setAttribute(k, String(v));
    }
  }

  function append(node, children) {
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
  }

  /** A link inside the app: the hash is built by us from encoded ids. */
  function appLink(hash, ...children) {
    return el('a', { href: hash }, ...children);
  }

  /** A link to an outside page, only for http(s) addresses; anything else is shown as text. */
  function outsideLink(address, label) {
    try {
      const u = new URL(address);
      if (u.protocol === 'http:' || u.protocol === 'https:') {
        return el('a', { href: u.href, rel: 'noopener noreferrer nofollow', target: '_blank' }, label || u.href);
      }
    } catch (e) { /* not an absolute URL: shown as text */ }
    return el('span', {}, label || address || '');
  }

  function show(...nodes) {
    main.replaceChildren(...nodes);
    window.scrollTo(0, 0);
  }

  function fail(message) {
    show(el('p', { class: 'error', role: 'alert' }, message), el('p', {}, appLink('#/', 'Back to the stories')));
  }

  async function api(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const message = body && body.error ? body.error.message : 'HTTP ' + response.status;
      throw new Error(message);
    }
    return body;
  }

  const enc = encodeURIComponent;

  function citeHash(storyId, c) {
    return '#/article/' + enc(c.article) + '?start=' + c.start + '&end=' + c.end + '&story=' + enc(storyId);
  }

  function citations(storyId, list, numbers) {
    return (list || []).map(c => {
      const n = numbers.of(c);
      const a = appLink(citeHash(storyId, c), '[' + n + ']');
      a.setAttribute('class', 'cite');
      a.setAttribute('title', 'Open the source sentence');
      return a;
    });
  }

  /** Numbers citations by article in order of first appearance, so [1] is always the same source. */
  function citationNumbers() {
    const order = new Map();
    return { of(c) { if (!order.has(c.article)) order.set(c.article, order.size + 1); return order.get(c.article); } };
  }

  // ---- routing ------------------------------------------------------------------------------

  function route() {
    const hash = location.hash || '#/';
    const [path, query] = hash.slice(1).split('?');
    const params = new URLSearchParams(query || '');
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts.length === 0) return listPage(params);
    if (parts[0] === 'story' && parts.length === 2) return storyPage(parts[1]);
    if (parts[0] === 'article' && parts.length === 2) return articlePage(parts[1], params);
    if (parts[0] === 'entity' && parts.length === 3) return entityPage(parts[1] + '/' + parts[2]);
    return fail('No such page.');
  }

  window.addEventListener('hashchange', route);
  document.addEventListener('DOMContentLoaded', () => {
    api('/api/status').then(s => {
      document.getElementById('status').textContent = s.articles + ' articles · ' + s.stories + ' stories';
    }).catch(() => {});
    route();
  });

  // ---- story list ---------------------------------------------------------------------------

  async function listPage(params) {
    const q = params.get('q') || '';
    const from = params.get('from') || '';
    const to = params.get('to') || '';
    const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);

    const search = el('input', { type: 'search', id: 'q', name: 'q', placeholder: 'Words, e.g. ceasefire talks', value: q });
    const fromInput = el('input', { type: 'date', id: 'from', name: 'from', value: from });
    const toInput = el('input', { type: 'date', id: 'to', name: 'to', value: to });
    const form = el('form', { class: 'filters', role: 'search' },
      el('label', {}, 'Search', search), el('label', {}, 'From', fromInput), el('label', {}, 'To', toInput),
      el('button', { type: 'submit', id: 'go' }, 'Search'));
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      const p = new URLSearchParams();
      if (search.value.trim()) p.set('q', search.value.trim());
      if (fromInput.value) p.set('from', fromInput.value);
      if (toInput.value) p.set('to', toInput.value);
      location.hash = '#/?' + p.toString();
    });
    const results = el('div', { id: 'results' }, el('p', { class: 'muted' }, 'Loading stories…'));
    show(el('h1', {}, 'Stories'), form, results);

    const p = new URLSearchParams({ limit: PAGE, offset });
    if (q) p.set('q', q);
    if (from) p.set('from', from);
    if (to) p.set('to', to);
    let page;
    try {
      page = await api('/api/stories?' + p.toString());
    } catch (e) {
      results.replaceChildren(el('p', { class: 'error', role: 'alert' }, e.message));
      return;
    }
    const items = page.stories.map(s => el('li', { 'data-story': s.id },
      el('div', { class: 'headline' }, appLink('#/story/' + enc(s.id), s.headline || '(no headline)')),
      el('div', { class: 'meta' }, dates(s.first_date, s.last_date) + ' · ' + s.articles + (s.articles === 1 ? ' article' : ' articles')
        + (s.publishers.length ? ' · ' + s.publishers.join(', ') : '')),
      s.top_entities.length ? el('div', { class: 'chips' }, s.top_entities.map(n => el('span', {}, n))) : null));
    const summary = el('p', { class: 'meta', id: 'count' }, page.total + (page.total === 1 ? ' story' : ' stories')
      + (q ? ' with articles matching “' + q + '”' : ''));
    const pager = el('div', { class: 'pager' });
    if (offset > 0) pager.append(pageLink(params, Math.max(0, offset - PAGE), '← Newer'));
    if (offset + page.stories.length < page.total) pager.append(pageLink(params, offset + PAGE, 'Older →'));
    results.replaceChildren(summary, page.stories.length ? el('ul', { class: 'stories' }, items)
      : el('p', {}, 'No story matches.'), pager);
    document.body.dataset.rendered = 'list';
  }

  function pageLink(params, offset, label) {
    const p = new URLSearchParams(params);
    p.set('offset', offset);
    return appLink('#/?' + p.toString(), label);
  }

  function dates(first, last) {
    if (!first) return 'undated';
    return first === last || !last ? first : first + ' – ' + last;
  }

  // ---- story page ---------------------------------------------------------------------------

  async function storyPage(id) {
    show(el('p', { class: 'muted' }, 'Loading story…'));
    let story, sources;
    try {
      [story, sources] = await Promise.all([api('/api/stories/' + enc(id)), api('/api/stories/' + enc(id) + '/sources')]);
    } catch (e) {
      return fail(e.message);
    }
    const numbers = citationNumbers();
    const entities = new Map(story.entities.map(e => [e.id, e]));
    const articles = new Map(sources.articles.map(a => [a.id, a]));
    const sourceName = aid => { const a = articles.get(aid); return a ? (a.publisher || a.title || aid) : aid; };

    const nodes = [
      el('p', { class: 'meta' }, appLink('#/', '← Stories')),
      el('h1', { id: 'headline' }, story.headline || '(no headline)',
        citations(story.id, story.headline_citations, numbers)),
      el('p', { class: 'meta' }, sources.articles.length + ' articles from '
        + new Set(sources.articles.map(a => a.publisher || a.source)).size + ' sources'),
      el('h2', {}, 'Summary'),
      el('div', { class: 'summary', id: 'summary' }, story.summary.length ? story.summary.map(s =>
        el('p', { class: s.disputed ? 'disputed' : null }, s.text, citations(story.id, s.citations, numbers)))
        : el('p', { class: 'muted' }, 'No summary could be written with citations.')),
      el('h2', {}, 'Timeline'), timeline(story, numbers),
      el('h2', {}, 'Actors'), actorGraph(story, entities),
      el('h2', {}, 'Claims'), claims(story, numbers, sourceName),
      el('h2', {}, 'Quotes'), quotes(story, numbers),
      el('h2', {}, 'Sources'), sourceTable(story, sources)
    ];
    show(...nodes);
    document.title = (story.headline || 'Story') + ' – Sitrep';
    document.body.dataset.rendered = 'story';
    window.sitrepStoryRenderedAt = performance.now();
  }

  function timeline(story, numbers) {
    const entries = story.timeline || [];
    if (!entries.length) return el('p', { class: 'muted' }, 'No dated statements.');
    const days = entries.map(t => Date.parse(firstDay(t.date)));
    const min = Math.min(...days);
    const max = Math.max(...days);
    const width = 640, left = 20, right = 20, rowH = 18, top = 20;
    const height = top + entries.length * rowH + 30;
    const x = d => left + (max === min ? (width - left - right) / 2 : (d - min) / (max - min) * (width - left - right));
    const chart = svg('svg', { class: 'chart', id: 'timeline-chart', viewBox: '0 0 ' + width + ' ' + height, role: 'img',
      'aria-label': 'Timeline of ' + entries.length + ' dated statements' });
    chart.append(svg('line', { class: 'axis', x1: left, x2: width - right, y1: height - 20, y2: height - 20 }));
    chart.append(svg('text', { x: left, y: height - 5 }, entries[0] ? firstDay(entries[0].date) : ''));
    chart.append(svg('text', { x: width - right, y: height - 5, 'text-anchor': 'end' }, new Date(max).toISOString().slice(0, 10)));
    entries.forEach((t, i) => {
      const cx = x(days[i]);
      const cy = top + i * rowH;
      chart.append(svg('line', { class: 'axis', x1: cx, x2: cx, y1: cy, y2: height - 20, 'stroke-dasharray': '2 3' }));
      chart.append(svg('circle', { class: 'dot', cx, cy, r: 4 }, svg('title', {}, t.date + ': ' + t.text)));
      const label = t.date + ' ' + (t.text.length > 44 ? t.text.slice(0, 43) + '…' : t.text);
      chart.append(svg('text', { x: cx > width / 2 ? cx - 7 : cx + 7, y: cy + 4, 'text-anchor': cx > width / 2 ? 'end' : 'start' }, label));
    });
    const list = el('ol', { class: 'timeline' }, entries.map(t =>
      el('li', {}, el('strong', {}, t.date), ' ', t.text, citations(story.id, t.citations, numbers))));
    return el('div', {}, chart, list);
  }

  function firstDay(iso) {
    // dates come as 2020-02-18, 2020-W08, 2020-02, 2020-Q1, 2020 or first/last; the chart places the first day
    if (!iso) return '';
    if (iso.includes('/')) return iso.split('/')[0];
    const week = /^(\d{4})-W(\d{2})$/.exec(iso);
    if (week) { const d = new Date(Date.UTC(+week[1], 0, 4)); d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + (week[2] - 1) * 7); return d.toISOString().slice(0, 10); }
    const quarter = /^(\d{4})-Q(\d)$/.exec(iso);
    if (quarter) return quarter[1] + '-' + String((quarter[2] - 1) * 3 + 1).padStart(2, '0') + '-01';
    if (/^\d{4}$/.test(iso)) return iso + '-01-01';
    if (/^\d{4}-\d{2}$/.test(iso)) return iso + '-01';
    return iso;
  }

  const CONFLICT = new Set(['opposes', 'attacks', 'criticises', 'threatens']);

  function actorGraph(story, entities) {
    const relations = story.relations || [];
    if (!relations.length) {
      return el('div', {}, el('p', { class: 'muted' }, 'No relations between actors were found.'), actorList(story));
    }
    const ids = [...new Set(relations.flatMap(r => [r.source, r.target]))];
    const size = 420, cx = size / 2, cy = size / 2, radius = ids.length > 1 ? size / 2 - 70 : 0;
    const pos = new Map(ids.map((id, i) => [id, {
      x: cx + radius * Math.cos(2 * Math.PI * i / ids.length - Math.PI / 2),
      y: cy + radius * Math.sin(2 * Math.PI * i / ids.length - Math.PI / 2) }]));
    const chart = svg('svg', { class: 'chart', id: 'actor-graph', viewBox: '0 0 ' + size + ' ' + size, role: 'img',
      'aria-label': 'Actor graph with ' + ids.length + ' actors and ' + relations.length + ' relations' });
    chart.append(svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 24, refY: 5, markerWidth: 6,
      markerHeight: 6, orient: 'auto-start-reverse' }, svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#8796a5' }))));
    for (const r of relations) {
      const a = pos.get(r.source), b = pos.get(r.target);
      chart.append(svg('line', { class: 'edge' + (CONFLICT.has(r.relation) ? ' conflict' : ''), x1: a.x, y1: a.y, x2: b.x, y2: b.y,
        'marker-end': 'url(#arrow)' }, svg('title', {}, name(entities, r.source) + ' ' + r.relation + ' ' + name(entities, r.target))));
      chart.append(svg('text', { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 - 3, 'text-anchor': 'middle' }, r.relation + (r.count > 1 ? ' ×' + r.count : '')));
    }
    for (const id of ids) {
      const p = pos.get(id);
      chart.append(svg('circle', { class: 'node', cx: p.x, cy: p.y, r: 14 }));
      chart.append(svg('text', { x: p.x, y: p.y + 28, 'text-anchor': 'middle' }, name(entities, id)));
    }
    return el('div', {}, chart, actorList(story));
  }

  function actorList(story) {
    if (!story.entities.length) return el('p', { class: 'muted' }, 'No actors resolved.');
    return el('p', { class: 'chips', id: 'actors' }, story.entities.slice(0, 20).map(e =>
      el('span', {}, appLink('#/entity/' + e.id.split('/').map(enc).join('/'), e.name), ' ' + e.type + ' · ' + e.mentions)));
  }

  function name(entities, id) {
    const e = entities.get(id);
    return e ? e.name : id;
  }

  function claims(story, numbers, sourceName) {
    if (!story.claims.length) return el('p', { class: 'muted' }, 'No figures given by the sources.');
    const rows = story.claims.map(c => el('tr', { 'data-verdict': c.verdict },
      el('td', {}, c.quantity),
      el('td', {}, el('span', { class: 'verdict ' + c.verdict, title: c.explanation }, VERDICT_MARKS[c.verdict] || c.verdict)),
      el('td', {}, c.values.map(v => el('div', {}, sourceName(v.article) + ': ' + v.text,
        citations(story.id, [{ article: v.article, start: v.start, end: v.end }], numbers))))));
    return el('div', { class: 'table-wrap' }, el('table', { id: 'claims' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Quantity'), el('th', {}, 'Sources'), el('th', {}, 'Values'))),
      el('tbody', {}, rows)));
  }

  function quotes(story, numbers) {
    if (!story.quotes.length) return el('p', { class: 'muted' }, 'No attributed quotes.');
    const bySpeaker = new Map();
    for (const q of story.quotes) {
      const who = q.speaker_name || 'Unattributed';
      if (!bySpeaker.has(who)) bySpeaker.set(who, []);
      bySpeaker.get(who).push(q);
    }
    const blocks = [];
    for (const [who, list] of bySpeaker) {
      blocks.push(el('div', { class: 'speaker' }, who));
      for (const q of list) {
        blocks.push(el('blockquote', {}, (q.direct ? '“' + q.text + '”' : q.text),
          citations(story.id, [{ article: q.article, start: q.start, end: q.end }], numbers)));
      }
    }
    return el('div', { class: 'quotes', id: 'quotes' }, blocks);
  }

  function sourceTable(story, sources) {
    const rows = sources.articles.map(a => el('tr', {},
      el('td', {}, appLink('#/article/' + enc(a.id) + '?story=' + enc(story.id), a.title || a.id),
        a.copy_of ? el('span', { class: 'meta' }, ' (copy)') : null),
      el('td', {}, a.publisher || ''),
      el('td', {}, a.published || 'undated'),
      el('td', {}, a.url ? outsideLink(a.url, 'original') : el('span', { class: 'meta' }, a.source))));
    return el('div', { class: 'table-wrap' }, el('table', { id: 'sources' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Article'), el('th', {}, 'Publisher'), el('th', {}, 'Date'), el('th', {}, 'Source'))),
      el('tbody', {}, rows)));
  }

  // ---- article page -------------------------------------------------------------------------

  async function articlePage(id, params) {
    show(el('p', { class: 'muted' }, 'Loading article…'));
    let data;
    try {
      data = await api('/api/articles/' + enc(id));
    } catch (e) {
      return fail(e.message);
    }
    const a = data.article;
    const start = parseInt(params.get('start'), 10);
    const end = parseInt(params.get('end'), 10);
    const story = params.get('story') || data.story;
    const text = el('div', { class: 'article-text', id: 'article-text' });
    let mark = null;
    if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start && end <= a.text.length) {
      // the whole sentence (or sentences) around the cited words is marked, the cited words inside it stronger
      const around = data.annotations.sentences.filter(s => s.end > start && s.start < Math.max(end, start + 1));
      const from = around.length ? Math.min(start, around[0].start) : start;
      const to = around.length ? Math.max(end, around[around.length - 1].end) : end;
      mark = el('mark', { class: 'cited', id: 'cited' }, a.text.slice(from, start), el('strong', {}, a.text.slice(start, end)),
        a.text.slice(end, to));
      text.append(a.text.slice(0, from), mark, a.text.slice(to));
    } else {
      text.append(a.text);
    }
    show(
      el('p', { class: 'meta' }, appLink('#/story/' + enc(story), '← Story'), ' · ', appLink('#/', 'Stories')),
      el('h1', {}, a.title || '(untitled)'),
      el('p', { class: 'meta' }, [a.publisher, a.author, a.published || 'undated'].filter(Boolean).join(' · '), ' · ',
        outsideLink(a.source, a.source)),
      text);
    if (mark) mark.scrollIntoView({ block: 'center' });
    document.body.dataset.rendered = 'article';
  }

  // ---- entity page --------------------------------------------------------------------------

  async function entityPage(id) {
    show(el('p', { class: 'muted' }, 'Loading entity…'));
    let data;
    try {
      data = await api('/api/entities/' + id.split('/').map(enc).join('/'));
    } catch (e) {
      return fail(e.message);
    }
    show(
      el('p', { class: 'meta' }, appLink('#/', '← Stories')),
      el('h1', {}, data.name), el('p', { class: 'meta' }, data.type + ' · in ' + data.appearances.length
        + (data.appearances.length === 1 ? ' story' : ' stories')),
      el('ul', { class: 'stories' }, data.appearances.map(e => el('li', {},
        el('div', { class: 'headline' }, appLink('#/story/' + enc(e.story), e.headline || '(no headline)')),
        el('div', { class: 'meta' }, dates(e.first_date, e.last_date) + ' · ' + e.mentions + ' mentions'
          + (e.aliases.length ? ' · also ' + e.aliases.join(', ') : ''))))));
    document.body.dataset.rendered = 'entity';
  }
})();
