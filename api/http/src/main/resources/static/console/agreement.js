// The agreement page: the version slider, the diff of two versions, and live events. Every piece of
// HTML comes from the server (the same templates that render the page); this script only fetches
// fragments and puts them in place.

const page = document.querySelector('[data-agreement-page]');
const agreementId = page.dataset.agreementId;
const base = `/console/agreements/${encodeURIComponent(agreementId)}`;
const slider = document.getElementById('version-slider');
const sliderValue = document.getElementById('version-slider-value');
const stateRegion = document.getElementById('state');
const timeline = document.getElementById('timeline');
const liveStatus = document.getElementById('live-status');
const diffRegion = document.getElementById('diff');
const compareForm = document.getElementById('compare-form');

/** The newest version the page shows; clerks' forms send it as If-Match. */
function shownVersion() {
  return Number(page.dataset.version);
}

function titleOf(version) {
  const entry = timeline.querySelector(`:scope > li.event[data-version="${version}"] .event-title span:nth-child(2)`);
  return entry ? entry.textContent.trim() : '';
}

async function fragment(url) {
  const answer = await fetch(url, { headers: { Accept: 'text/html' } });
  const text = await answer.text();
  if (!answer.ok) {
    const problem = new DOMParser().parseFromString(text, 'text/html').getElementById('problem-detail');
    throw new Error(problem ? problem.textContent : `The service answered ${answer.status}.`);
  }
  return text;
}

function problemNote(error) {
  const note = document.createElement('p');
  note.className = 'problem-summary';
  note.setAttribute('role', 'alert');
  note.textContent = error.message;
  return note;
}

// The version slider: the state as it stood at the chosen version.
let stateRequest = 0;

function describeSlider() {
  const version = Number(slider.value);
  const now = version === shownVersion();
  const text = `version ${version}${now ? ' (now)' : ''}: ${titleOf(version)}`;
  sliderValue.textContent = text;
  slider.setAttribute('aria-valuetext', text);
}

async function showVersion() {
  const version = Number(slider.value);
  const request = ++stateRequest;
  describeSlider();
  const now = version === shownVersion();
  try {
    const html = await fragment(now ? `${base}/state` : `${base}/state?asOfVersion=${version}`);
    if (request === stateRequest) {
      stateRegion.innerHTML = html;
      page.classList.toggle('viewing-past', !now);
      for (const entry of timeline.children) {
        entry.classList.toggle('after-shown', Number(entry.dataset.version) > version);
      }
    }
  } catch (error) {
    if (request === stateRequest) {
      stateRegion.replaceChildren(problemNote(error));
    }
  }
}

slider.addEventListener('input', describeSlider);
slider.addEventListener('change', showVersion);
document.getElementById('back-to-now').addEventListener('click', () => {
  slider.value = String(shownVersion());
  showVersion();
});

// The diff of two versions.
compareForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const from = compareForm.elements.fromVersion.value;
  const to = compareForm.elements.toVersion.value;
  diffRegion.setAttribute('aria-busy', 'true');
  try {
    diffRegion.innerHTML = await fragment(`${base}/diff?fromVersion=${from}&toVersion=${to}`);
  } catch (error) {
    diffRegion.replaceChildren(problemNote(error));
  } finally {
    diffRegion.removeAttribute('aria-busy');
  }
});

// Live: new events are appended to the timeline as they are recorded, by anyone.
let refreshing = Promise.resolve();

function appendEntries(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const added = [];
  for (const entry of template.content.querySelectorAll('li.event')) {
    const version = Number(entry.dataset.version);
    if (version <= shownVersion()) {
      continue;
    }
    entry.classList.add('arrived');
    timeline.append(entry);
    page.dataset.version = String(version);
    page.dataset.lastPosition = entry.dataset.position;
    added.push(entry);
    for (const choice of document.querySelectorAll('.version-choice')) {
      const option = document.createElement('option');
      option.value = String(version);
      option.textContent = `${version} · ${titleOf(version)}`;
      choice.append(option);
    }
    document.dispatchEvent(new CustomEvent('accord:event-added', {
      detail: { eventId: entry.dataset.eventId, position: Number(entry.dataset.position) },
    }));
  }
  return added;
}

/** Brings the page up to at least the version given: new timeline entries, the slider and, when it showed now, the state. */
function catchUp(version) {
  refreshing = refreshing.then(async () => {
    const before = shownVersion();
    if (version <= before) {
      return;
    }
    const followingNow = Number(slider.value) === before;
    try {
      const added = appendEntries(await fragment(`${base}/timeline?after=${before}&atLeast=${version}`));
      if (added.length === 0) {
        return;
      }
      slider.max = String(shownVersion());
      if (followingNow) {
        slider.value = slider.max;
        await showVersion();
      } else {
        describeSlider();
      }
      const last = added[added.length - 1];
      liveStatus.textContent = `New event: version ${last.dataset.version}, ${titleOf(last.dataset.version)}.`;
    } catch (error) {
      liveStatus.textContent = `Could not show a new event: ${error.message} Reload the page.`;
    }
  });
  return refreshing;
}

document.addEventListener('accord:recorded', (event) => catchUp(event.detail.version));

function follow() {
  const after = page.dataset.lastPosition;
  const stream = new EventSource(`/events/stream?agreementId=${encodeURIComponent(agreementId)}&after=${after}`);
  const onEvent = (message) => {
    const event = JSON.parse(message.data);
    if (event.subject === agreementId) {
      catchUp(Number(event.agreementversion));
    }
  };
  // The stream names each event by its CloudEvents type; EventSource delivers named events only to their listeners.
  for (const type of page.dataset.eventTypes.split(' ')) {
    stream.addEventListener(type, onEvent);
  }
  stream.addEventListener('message', onEvent);
  stream.addEventListener('open', () => {
    liveStatus.textContent = 'Live: new events appear here as they are recorded.';
  });
  stream.addEventListener('error', () => {
    liveStatus.textContent = 'Live updates are interrupted; reconnecting…';
  });
}

describeSlider();
follow();
