// The clerks' forms. Each form posts its command as JSON to the HTTP API, with If-Match set to the
// version the page shows, and puts every problem of the answer (RFC 9457, errors[]) next to its field.

const page = document.querySelector('[data-agreement-page]');
const agreementId = page.dataset.agreementId;

const PRECISIONS = [[/^\d{4}-\d{2}-\d{2}$/, 'DAY'], [/^\d{4}-\d{2}$/, 'MONTH'], [/^\d{4}$/, 'YEAR']];

function precisionOf(date) {
  const found = PRECISIONS.find(([format]) => format.test(date));
  return found ? found[1] : 'DAY';
}

/** Sets a member of the body at a path such as sources[0].url or speaker.name. */
function put(body, path, value) {
  const steps = path.split('.').flatMap((step) => {
    const indexed = step.match(/^(\w+)\[(\d+)]$/);
    return indexed ? [indexed[1], Number(indexed[2])] : [step];
  });
  let target = body;
  steps.slice(0, -1).forEach((step, i) => {
    if (target[step] === undefined) {
      target[step] = typeof steps[i + 1] === 'number' ? [] : {};
    }
    target = target[step];
  });
  target[steps[steps.length - 1]] = value;
}

function bodyOf(form) {
  const body = {};
  for (const field of form.querySelectorAll('input[name], textarea[name]')) {
    const text = field.value.trim();
    if (text === '') {
      continue;
    }
    if (field.dataset.kind === 'list') {
      put(body, field.name, text.split(',').map((item) => item.trim()).filter((item) => item !== ''));
    } else if (field.dataset.kind === 'number') {
      put(body, field.name, Number.isNaN(Number(text)) ? text : Number(text));
    } else if (field.dataset.kind === 'date') {
      put(body, 'occurredOn', { date: text, precision: precisionOf(text) });
    } else {
      put(body, field.name, text);
    }
  }
  return body;
}

/** The input a problem's field names: itself, its list without the index, its first member, or its parent. */
function inputFor(form, field) {
  const candidates = [field, field.replace(/\[\d+]$/, ''), `${field}.date`, field.replace(/\.[^.]+$/, '')];
  for (const name of candidates) {
    const input = form.querySelector(`[name="${CSS.escape(name)}"]`);
    if (input) {
      return input;
    }
  }
  // A whole list or object that is missing (sources): its first input.
  return form.querySelector(`[name^="${CSS.escape(field)}["], [name^="${CSS.escape(field)}."]`);
}

function clear(form) {
  for (const input of form.querySelectorAll('[aria-invalid]')) {
    input.removeAttribute('aria-invalid');
  }
  for (const error of form.querySelectorAll('.field-error')) {
    error.textContent = '';
    error.hidden = true;
  }
  const problems = form.querySelector('.form-problems');
  problems.replaceChildren();
  problems.hidden = true;
  form.querySelector('.form-outcome').textContent = '';
}

function showProblems(form, problem, status) {
  const summary = form.querySelector('.form-problems');
  const unplaced = [];
  let first = null;
  for (const error of problem.errors ?? []) {
    const input = inputFor(form, error.field);
    if (!input) {
      unplaced.push(`${error.field}: ${error.message}`);
      continue;
    }
    const note = document.getElementById(`${input.id}-error`);
    const message = input.name === error.field ? error.message : `${error.field}: ${error.message}`;
    note.textContent = note.textContent ? `${note.textContent}; ${message}` : message;
    note.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    first = first ?? input;
  }
  const lines = [];
  if (status === 412) {
    lines.push('Someone else changed this agreement, reload the page to see the change; nothing was recorded.');
  } else if ((problem.errors ?? []).length > 0) {
    lines.push(`Nothing was recorded: ${problem.errors.length === 1 ? 'one field needs' : `${problem.errors.length} fields need`} correcting (marked above).`);
  } else {
    lines.push(problem.detail ?? problem.title ?? `The service answered ${status}.`);
  }
  lines.push(...unplaced);
  for (const line of lines) {
    const paragraph = document.createElement('p');
    paragraph.textContent = line;
    summary.append(paragraph);
  }
  if (status === 412) {
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.textContent = 'Reload';
    reload.addEventListener('click', () => window.location.reload());
    summary.append(reload);
  }
  summary.hidden = false;
  (first ?? summary).focus?.();
}

async function record(form) {
  clear(form);
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const answer = await fetch(`/agreements/${encodeURIComponent(agreementId)}/${form.dataset.action}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'If-Match': `"${page.dataset.version}"` },
      body: JSON.stringify(bodyOf(form)),
    });
    const text = await answer.text();
    let payload = {};
    try {
      payload = JSON.parse(text);
    } catch {
      payload = { detail: `The service answered ${answer.status}.` };
    }
    if (!answer.ok) {
      showProblems(form, payload, answer.status);
      return;
    }
    form.reset();
    form.querySelector('.form-outcome').textContent =
      `Recorded as version ${payload.version} (ledger position ${payload.position}).`;
    document.dispatchEvent(new CustomEvent('accord:recorded', { detail: { version: payload.version } }));
  } catch (error) {
    showProblems(form, { detail: `The service could not be reached: ${error.message}` }, 0);
  } finally {
    button.disabled = false;
  }
}

for (const form of document.querySelectorAll('.recording-form')) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    record(form);
  });
  form.querySelector('.form-problems').tabIndex = -1;
}
