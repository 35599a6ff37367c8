'use strict';

(function () {
  var POLL_INTERVAL_MS = 2000;
  var POLL_ATTEMPTS = 90;
  var OUTCOME_MESSAGES = {
    EXTENSION_ACTIVATED: 'Thank you: the warranty extension of your watch is active.',
    ALREADY_EXTENDED: 'Thank you: you are registered as the new owner. The extension was already active for this watch.'
  };
  var REASON_MESSAGES = {
    MARKETING_CONSENT_REQUIRED: 'The extended warranty program requires your consent to receive the brand\'s news.',
    NOT_ELIGIBLE_PRODUCT: 'This product is not part of the extended warranty program.',
    REGISTRATION_WINDOW_CLOSED: 'The extension can only be activated while the original warranty runs; that period is over.',
    UNKNOWN_PRODUCT: 'We could not find this watch. Please check the number or ask the boutique that sold it.',
    PROOF_OF_POSSESSION_FAILED: 'The card details do not match this watch. Please check the purchase date or scan the current card.',
    SALE_VOIDED: 'The sale of this watch was cancelled; it cannot be registered.'
  };

  var form = document.getElementById('registration');
  var tokenField = document.getElementById('cardToken');
  var niField = document.getElementById('ni');
  var idempotencyKey = newKey();

  function newKey() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') {
      return window.crypto.randomUUID();
    }
    return Date.now().toString(36) + '-' + Math.random().toString(36).slice(2);
  }

  function show(id, visible) {
    document.getElementById(id).hidden = !visible;
  }

  function text(id, value) {
    document.getElementById(id).textContent = value || '';
  }

  function useToken(usable) {
    if (!usable) {
      tokenField.value = '';
    }
    show('purchase-date-group', !usable);
    show('card-recognised', usable);
  }

  function prefill() {
    var ni = niField.value.trim();
    if (!ni) {
      useToken(false);
      return;
    }
    var query = '?ni=' + encodeURIComponent(ni) + (tokenField.value ? '&t=' + encodeURIComponent(tokenField.value) : '');
    fetch('/api/registrations/prefill' + query, { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('not found');
        }
        return response.json();
      })
      .then(function (product) {
        text('product-name', product.brand + ' – ' + (product.collection || ''));
        text('product-reference', 'Reference ' + product.reference + ', NI ' + product.ni);
        text('product-extension', product.extensionEligible
          ? 'The warranty extension can be activated until ' + product.extensionDeadline + '.'
          : 'No warranty extension can be activated for this watch today.');
        show('product', true);
        useToken(Boolean(tokenField.value));
      })
      .catch(function () {
        show('product', false);
        useToken(false);
      });
  }

  function clearErrors() {
    Array.prototype.forEach.call(document.querySelectorAll('.error'), function (element) {
      element.textContent = '';
    });
  }

  function showErrors(problem) {
    var shown = false;
    (problem.errors || []).forEach(function (error) {
      var target = document.querySelector('.error[data-field="' + error.field + '"]');
      if (target) {
        target.textContent = error.message;
        shown = true;
      }
    });
    if (!shown) {
      text('form-error', problem.detail || 'Your registration could not be sent. Please try again.');
    }
  }

  function value(id) {
    var trimmed = document.getElementById(id).value.trim();
    return trimmed === '' ? null : trimmed;
  }

  function body() {
    var token = tokenField.value || null;
    return {
      ni: value('ni'),
      cardToken: token,
      purchaseDate: token ? null : value('purchaseDate'),
      ownership: value('ownership'),
      customer: {
        givenName: value('givenName'),
        familyName: value('familyName'),
        email: value('email'),
        phone: value('phone'),
        country: value('country'),
        language: value('language')
      },
      consents: {
        marketing: document.getElementById('marketing').checked,
        privacyNoticeVersion: value('privacyNoticeVersion')
      }
    };
  }

  function describe(registration) {
    if (registration.status === 'COMPLETED') {
      return OUTCOME_MESSAGES[registration.outcome] || 'Your registration is complete.';
    }
    if (registration.status === 'REJECTED') {
      return REASON_MESSAGES[registration.reason] || 'Your registration could not be completed.';
    }
    return 'We are processing your registration…';
  }

  function poll(location, attempt) {
    fetch(location, { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (registration) {
        text('status-message', describe(registration));
        if (registration.status === 'PENDING' && attempt < POLL_ATTEMPTS) {
          window.setTimeout(function () { poll(location, attempt + 1); }, POLL_INTERVAL_MS);
        }
      })
      .catch(function () {
        if (attempt < POLL_ATTEMPTS) {
          window.setTimeout(function () { poll(location, attempt + 1); }, POLL_INTERVAL_MS);
        }
      });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearErrors();
    var button = document.getElementById('submit');
    button.disabled = true;
    fetch('/api/registrations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': idempotencyKey },
      body: JSON.stringify(body())
    })
      .then(function (response) {
        return response.json().then(function (payload) {
          return { response: response, payload: payload };
        });
      })
      .then(function (result) {
        if (result.response.status === 202) {
          form.hidden = true;
          show('status', true);
          text('status-message', describe(result.payload));
          poll(result.response.headers.get('Location') || '/api/registrations/' + result.payload.id, 0);
          return;
        }
        if (result.response.status === 422) {
          idempotencyKey = newKey();
        }
        showErrors(result.payload);
        button.disabled = false;
      })
      .catch(function () {
        text('form-error', 'Your registration could not be sent. Please check your connection and try again.');
        button.disabled = false;
      });
  });

  niField.addEventListener('change', function () {
    tokenField.value = '';
    prefill();
  });
  form.addEventListener('input', function () {
    idempotencyKey = newKey();
  });
  prefill();
}());
