// The search box of every munikg page: finds people, bodies, places, laws, acts and
// issues by any form the text printed them in. Reads window.MUNIKG_SEARCH
// (search-index.js, written by the build); ROOT leads from the page to the views' folder.
(function () {
  const MAX = 30;
  const KINDS = ["person", "body", "municipality", "place", "law", "issue", "act"];
  function fold(s) {
    return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  // A typed word matches a word of a name that starts with it, or, typed in another
  // case, one whose stem it starts with ("kopru" finds "koper", "siskovica" "siskovic").
  function matches(word, typed) {
    if (word.startsWith(typed)) return true;
    const stem = word.length > 4 ? word.slice(0, word.length - 2) : word;
    return typed.length >= 4 && typed.startsWith(stem) && typed.length - stem.length <= 4;
  }
  const WORDS = /[^\p{L}\p{N}]+/u;
  let entries = null;  // the index with each name split into words, on first use
  function find(query) {
    const typed = fold(query).split(WORDS).filter(Boolean);
    if (!typed.length) return [];
    entries = entries || (window.MUNIKG_SEARCH || []).map(([l, k, p, forms]) => [l, k, p, forms.map(f => f.split(WORDS))]);
    const whole = typed.join(" ");
    const found = [];
    for (const [label, kind, page, words] of entries) {
      if (!words.some(ws => typed.every(t => ws.some(w => matches(w, t))))) continue;
      // the best first: a name typed whole, then names before acts, then the shortest
      const exact = words.some(ws => ws.join(" ") === whole) ? 0 : 1;
      found.push({ label, kind, page, rank: [exact, KINDS.indexOf(kind), label.length] });
    }
    found.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2]);
    return found.slice(0, MAX);
  }
  function show(list, hits, root) {
    list.replaceChildren(...hits.map(h => {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = root + h.page;
      a.textContent = h.label;  // text, never HTML
      const n = document.createElement("span");
      n.className = "n";
      n.textContent = h.kind;
      li.append(a, n);
      return li;
    }));
  }
  window.munikgSearch = find;
  document.addEventListener("DOMContentLoaded", () => {
    const box = document.getElementById("search");
    if (!box) return;
    const list = document.getElementById("search-hits");
    box.addEventListener("input", () => show(list, box.value.trim() ? find(box.value) : [], box.dataset.root));
  });
})();
