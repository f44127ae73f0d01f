// What a person would trip over on the page as it is now. Returns a list of findings (strings).
// arguments[0]: phrases of the English bundle that must not appear on a Portuguese page (null on English pages)
// arguments[1]: true when the viewport is a phone's
// Text inside an element with a lang attribute of its own (a message as its recipient read it) is not the page's language.
const englishPhrases = arguments[0];
const phone = arguments[1];
const findings = [];

function visible(element) {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
}

// Texts the person reads: the light DOM's rendered text and the labels of fields and buttons.
const foreign = [...document.querySelectorAll('[lang]')].filter(element => element !== document.documentElement);
const texts = [document.body.innerText];
const foreignTexts = foreign.map(element => element.innerText).filter(text => text);
document.querySelectorAll('[label], [placeholder], [aria-label], [title], [helper-text]').forEach(element => {
  if (!visible(element)) return;
  for (const name of ['label', 'placeholder', 'aria-label', 'title', 'helper-text']) {
    const value = element.getAttribute(name);
    if (value) texts.push(value);
  }
});
const shown = texts.join('\n');

if (document.querySelector('#internal-error, #not-found, #access-denied')) {
  findings.push('an error page is shown: ' + document.querySelector('#internal-error, #not-found, #access-denied').innerText.slice(0, 160));
}

document.querySelectorAll('vaadin-notification-card').forEach(card => {
  if ((card.getAttribute('theme') || '').includes('error')) {
    findings.push('an error message is shown: ' + card.innerText.trim().slice(0, 160));
  }
});

const missingKey = shown.match(/![a-z][a-zA-Z0-9-]*(\.[a-zA-Z0-9_-]+)+/);
if (missingKey) findings.push('an untranslated key is shown: ' + missingKey[0]);

if (englishPhrases) {
  let own = shown;
  for (const text of foreignTexts) own = own.split(text).join('');
  for (const phrase of englishPhrases) {
    if (own.includes(phrase)) findings.push('English text on a Portuguese page: "' + phrase + '"');
  }
}

// The first text column of each grid: a cell whose text is cut (ellipsis) hides what the row is about.
document.querySelectorAll('vaadin-grid').forEach(grid => {
  if (!visible(grid) || !grid.shadowRoot) return;
  const columns = [...grid.querySelectorAll('vaadin-grid-column, vaadin-grid-sort-column, vaadin-grid-tree-column')]
      .filter(column => !column.hidden);
  if (columns.length === 0) return;
  const first = columns[0];
  grid.shadowRoot.querySelectorAll('tbody#items tr').forEach(row => {
    if (row.hidden) return;
    [...row.querySelectorAll('td')].forEach(cell => {
      const slot = cell.querySelector('slot');
      const content = slot && slot.assignedElements()[0];
      if (!content || !content.innerText.trim()) return;
      // The first column, and wherever a request's title links to it: what the row is about.
      const title = content.querySelector('a[href*="requests/"]');
      if (cell._column !== first && !title) return;
      const cut = [content, title].filter(element => element && element.scrollWidth > element.clientWidth + 1);
      if (cut.length) {
        findings.push('a cut-off text in ' + (cell._column === first ? 'the first column' : 'a title') + ' of '
            + (grid.id || 'a grid') + ': "' + content.innerText.trim().slice(0, 80) + '"');
      }
    });
  });
});

// A navigation label cut by its item (the label's slot lives in the item's shadow DOM).
document.querySelectorAll('vaadin-side-nav-item').forEach(item => {
  const label = item.shadowRoot && item.shadowRoot.querySelector('slot:not([name])');
  if (label && label.getBoundingClientRect().width > 0 && label.scrollWidth > label.clientWidth + 1) {
    findings.push('a cut-off navigation label: "' + item.innerText.trim() + '"');
  }
});

if (phone && document.documentElement.scrollWidth > window.innerWidth + 1) {
  const wide = [...document.querySelectorAll('body *')]
      .filter(element => visible(element) && element.getBoundingClientRect().right > window.innerWidth + 1)
      .map(element => element.tagName.toLowerCase() + (element.id ? '#' + element.id : ''))
      .slice(0, 5);
  findings.push('the page is wider than the phone (' + document.documentElement.scrollWidth + ' px > '
      + window.innerWidth + ' px): ' + wide.join(', '));
}

return [...new Set(findings)];
