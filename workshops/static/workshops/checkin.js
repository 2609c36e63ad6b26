/*
 * Door check-in (workshops/checkin_admin.py) and the self check-in code screen.
 *
 * The door page works from the roster it loaded (ticket fingerprints, never secrets), so it
 * keeps checking people in when the connection drops: scans wait in localStorage with their
 * own time and nonce and are sent, in order, when the browser is back online (the server
 * de-duplicates by nonce). Every text comes translated from the page (#checkin-config).
 * Cameras: BarcodeDetector where the browser has it, else the vendored jsQR (vendor/).
 */
(function () {
  "use strict";

  var TICKET_IN_URL = /\/bookings\/tickets\/([A-Za-z0-9_-]{16,64})\/?/;
  var TICKET_SECRET = /^[A-Za-z0-9_-]{16,64}$/;
  var LIST_LIMIT = 50;
  var SYNC_RETRY_MS = 15000;
  var SCAN_COOLDOWN_MS = 2500;

  function format(template, values) {
    return String(template).replace(/%\((\w+)\)s/g, function (_match, key) {
      return values && values[key] !== undefined ? String(values[key]) : "";
    });
  }

  function newNonce() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map
      .call(bytes, function (b) {
        return ("0" + b.toString(16)).slice(-2);
      })
      .join("");
  }

  function normalise(text) {
    return String(text || "")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
  }

  function secretOf(text) {
    var trimmed = String(text || "").trim();
    var found = TICKET_IN_URL.exec(trimmed);
    return found ? found[1] : trimmed;
  }

  function fingerprint(secret) {
    if (!window.crypto || !window.crypto.subtle || !window.TextEncoder) {
      return Promise.resolve(null); // not a secure context: match online only
    }
    return window.crypto.subtle
      .digest("SHA-256", new TextEncoder().encode(secret))
      .then(function (digest) {
        return Array.prototype.map
          .call(new Uint8Array(digest), function (b) {
            return ("0" + b.toString(16)).slice(-2);
          })
          .join("")
          .slice(0, 32);
      })
      .catch(function () {
        return null;
      });
  }

  /* ------------------------------------------------------------------------------------ */
  /* The door page                                                                         */

  function DoorPage(root) {
    this.root = root;
    this.config = JSON.parse(document.getElementById("checkin-config").textContent);
    this.t = this.config.strings;
    this.csrf = root.querySelector("input[name=csrfmiddlewaretoken]").value;
    this.queueKey = "workshops-checkin-queue-" + this.config.session_id;
    this.bookings = new Map();
    this.byFingerprint = new Map();
    this.order = [];
    this.session = {};
    this.loadedAt = new Date();
    this.offlineSince = null;
    this.online = navigator.onLine !== false;
    this.syncing = false;
    this.polling = false;
    this.walkInNonce = null;
    this.queue = this.loadQueue();
    this.timeFormat = new Intl.DateTimeFormat(this.config.language || undefined, {
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23", // as the server's messages write times: 15:41
      timeZone: this.config.timezone,
    });
    this.el = {
      state: root.querySelector("[data-connection-state]"),
      queueCount: root.querySelector("[data-queue-count]"),
      sync: root.querySelector("[data-sync]"),
      offlineNote: root.querySelector("[data-offline-note]"),
      result: root.querySelector("[data-result]"),
      counts: {
        expected: root.querySelector('[data-count="expected"]'),
        present: root.querySelector('[data-count="present"]'),
        waiting: root.querySelector('[data-count="waiting"]'),
      },
      codeForm: root.querySelector("[data-code-form]"),
      code: root.querySelector("#checkin-code"),
      search: root.querySelector("#checkin-search"),
      summary: root.querySelector("[data-roster-summary]"),
      roster: root.querySelector("[data-roster]"),
      problems: root.querySelector("[data-problems]"),
      problemsList: root.querySelector("[data-problems-list]"),
      seatsLeft: root.querySelector("[data-seats-left]"),
      walkInForm: root.querySelector("[data-walk-in-form]"),
      walkInName: root.querySelector("#checkin-walk-in-name"),
      walkInSeats: root.querySelector("#checkin-walk-in-seats"),
      walkInSubmit: root.querySelector("[data-walk-in-submit]"),
    };
    this.applyRoster(JSON.parse(document.getElementById("checkin-roster").textContent));
    this.scanner = new Scanner(this, root);
    this.bind();
    this.render();
    this.sync();
  }

  DoorPage.prototype.time = function (iso) {
    return iso ? this.timeFormat.format(new Date(iso)) : "";
  };

  DoorPage.prototype.seats = function (count) {
    return format(count === 1 ? this.t.seats_one : this.t.seats_other, { count: count });
  };

  /* Queue: scans not yet accepted by the server, oldest first. */

  DoorPage.prototype.loadQueue = function () {
    try {
      var stored = JSON.parse(window.localStorage.getItem(this.queueKey) || "[]");
      return Array.isArray(stored) ? stored : [];
    } catch (_error) {
      return [];
    }
  };

  DoorPage.prototype.saveQueue = function () {
    try {
      if (this.queue.length) {
        window.localStorage.setItem(this.queueKey, JSON.stringify(this.queue));
      } else {
        window.localStorage.removeItem(this.queueKey);
      }
    } catch (_error) {
      /* storage full or disabled: the queue still lives while the page is open */
    }
  };

  DoorPage.prototype.queuedFor = function (bookingId) {
    for (var i = 0; i < this.queue.length; i += 1) {
      if (this.queue[i].booking_id === bookingId) return this.queue[i];
    }
    return null;
  };

  /* Roster */

  DoorPage.prototype.applyRoster = function (data) {
    var self = this;
    this.session = data.session || {};
    this.bookings = new Map();
    this.byFingerprint = new Map();
    this.order = [];
    (data.bookings || []).forEach(function (booking) {
      booking.search = normalise([booking.name].concat(booking.attendees || []).join(" "));
      self.bookings.set(booking.id, booking);
      self.byFingerprint.set(booking.fingerprint, booking);
      self.order.push(booking.id);
    });
    this.loadedAt = new Date();
  };

  DoorPage.prototype.updateBooking = function (summary) {
    if (!summary) return;
    var known = this.bookings.get(summary.id);
    summary.search = normalise([summary.name].concat(summary.attendees || []).join(" "));
    if (!known) this.order.push(summary.id);
    this.bookings.set(summary.id, summary);
    this.byFingerprint.set(summary.fingerprint, summary);
  };

  DoorPage.prototype.isIn = function (booking) {
    return !!(booking.attendance && booking.attendance.attended) || !!this.queuedFor(booking.id);
  };

  DoorPage.prototype.counts = function () {
    var self = this;
    var counts = { expected: 0, present: 0, waiting: 0 };
    this.bookings.forEach(function (booking) {
      if (booking.status === "confirmed") {
        counts.expected += booking.seats;
        if (self.isIn(booking)) counts.present += booking.seats;
      } else if (booking.status === "waitlisted") {
        counts.waiting += booking.seats;
      }
    });
    return counts;
  };

  DoorPage.prototype.refreshRoster = function () {
    var self = this;
    if (this.polling || !navigator.onLine) return Promise.resolve();
    this.polling = true;
    return this.request("GET", this.config.urls.roster)
      .then(function (answer) {
        if (answer.ok) {
          self.applyRoster(answer.data);
          self.setOnline(true);
        } else if (answer.status === 403) {
          self.show("error", self.t.logged_out);
        }
      })
      .catch(function () {
        self.setOnline(false);
      })
      .then(function () {
        self.polling = false;
        self.render();
      });
  };

  /* Talking to the server */

  DoorPage.prototype.request = function (method, url, body) {
    var options = {
      method: method,
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-Requested-With": "XMLHttpRequest" },
      cache: "no-store",
    };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.headers["X-CSRFToken"] = this.csrf;
      options.body = JSON.stringify(body);
    }
    return window.fetch(url, options).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (type.indexOf("application/json") === -1) {
        return { ok: false, status: response.status, data: {} };
      }
      return response.json().then(function (data) {
        return { ok: response.ok, status: response.status, data: data };
      });
    });
  };

  DoorPage.prototype.setOnline = function (online) {
    if (online === this.online) return;
    this.online = online;
    this.offlineSince = online ? null : new Date();
    this.render();
  };

  /* Checking in */

  DoorPage.prototype.checkInTicket = function (text, method) {
    var self = this;
    var ticket = String(text || "").trim();
    if (!ticket) return Promise.resolve();
    return fingerprint(secretOf(ticket)).then(function (print) {
      var booking = print ? self.byFingerprint.get(print) : null;
      return self.checkIn({ ticket: ticket, booking: booking || null, method: method });
    });
  };

  DoorPage.prototype.checkIn = function (what) {
    var self = this;
    var item = {
      nonce: newNonce(),
      method: what.method,
      scanned_at: new Date().toISOString(),
      name: what.booking ? what.booking.name : "",
    };
    if (what.booking) item.booking_id = what.booking.id;
    var body = { nonce: item.nonce, method: item.method, scanned_at: item.scanned_at };
    if (what.ticket) body.ticket = what.ticket;
    else body.booking_id = what.booking.id;
    if (!navigator.onLine || !this.online) {
      return Promise.resolve(this.checkInOffline(item, what));
    }
    if (what.booking && this.queuedFor(what.booking.id)) {
      // Scanned while offline and not sent yet: that scan, with its own time, goes first.
      this.checkInOffline(item, what);
      return this.sync();
    }
    return this.request("POST", this.config.urls.scan, body)
      .then(function (answer) {
        if (answer.ok) {
          self.setOnline(true);
          self.updateBooking(answer.data.booking);
          self.show(answer.data.result === "checked_in" ? "success" : "already", answer.data.message, answer.data.booking);
          if (answer.data.result === "checked_in" && navigator.vibrate) navigator.vibrate(80);
        } else if (answer.status === 403) {
          self.show("error", self.t.logged_out);
        } else if (answer.status >= 500 || !answer.data.error) {
          self.checkInOffline(item, what, self.t.server_error);
        } else {
          self.show("error", answer.data.message, what.booking);
        }
      })
      .catch(function () {
        self.setOnline(false);
        self.checkInOffline(item, what);
      })
      .then(function () {
        self.render();
      });
  };

  DoorPage.prototype.checkInOffline = function (item, what, note) {
    var booking = what.booking;
    var loaded = this.timeFormat.format(this.loadedAt);
    if (booking) {
      var queued = this.queuedFor(booking.id);
      if (booking.attendance && booking.attendance.attended) {
        var at = booking.attendance.checked_in_at;
        this.show("already", format(at ? this.t.already : this.t.already_no_time, { name: booking.name, time: this.time(at) }), booking);
        return;
      }
      if (queued) {
        this.show("already", format(this.t.already, { name: booking.name, time: this.time(queued.scanned_at) }), booking);
        return;
      }
      if (booking.status !== "confirmed") {
        this.show("error", format(this.t.offline_waiting_list, { time: loaded }), booking);
        return;
      }
      this.queue.push(item); // the booking id only: no ticket kept on the device
    } else if (!TICKET_SECRET.test(secretOf(what.ticket))) {
      this.show("error", this.t.unknown_ticket); // not a ticket at all: nothing to keep
      return;
    } else {
      item.ticket = what.ticket;
      this.queue.push(item);
    }
    this.saveQueue();
    var message = booking
      ? format(this.t.queued, { name: booking.name, time: this.time(item.scanned_at) })
      : format(this.t.queued_unknown, { time: loaded });
    this.show(booking ? "queued" : "warning", (note ? note + " " : "") + message, booking);
    this.render();
  };

  DoorPage.prototype.sync = function () {
    var self = this;
    if (this.syncing || !this.queue.length || !navigator.onLine) return Promise.resolve();
    this.syncing = true;
    var sent = 0;
    var step = function () {
      if (!self.queue.length) return Promise.resolve(true);
      var item = self.queue[0];
      var body = { nonce: item.nonce, method: item.method, scanned_at: item.scanned_at };
      if (item.booking_id) body.booking_id = item.booking_id;
      else body.ticket = item.ticket;
      return self.request("POST", self.config.urls.scan, body).then(function (answer) {
        if (answer.ok) {
          self.updateBooking(answer.data.booking);
        } else if (answer.status === 403) {
          self.show("error", self.t.logged_out);
          return false;
        } else if (answer.status >= 500 || !answer.data.error) {
          return false; // try again later, with the same nonce
        } else {
          self.problem(format(self.t.sync_refused, { time: self.time(item.scanned_at), message: answer.data.message }), item.name);
        }
        self.queue.shift();
        self.saveQueue();
        sent += 1;
        self.render();
        return step();
      });
    };
    return step()
      .then(function () {
        self.setOnline(true);
      })
      .catch(function () {
        self.setOnline(false);
      })
      .then(function () {
        self.syncing = false;
        self.render();
        if (sent) return self.refreshRoster();
      });
  };

  DoorPage.prototype.undo = function (booking) {
    var self = this;
    var queued = this.queuedFor(booking.id);
    if (queued) {
      this.queue.splice(this.queue.indexOf(queued), 1);
      this.saveQueue();
      this.show("success", format(this.t.unqueued, { name: booking.name }), booking);
      this.render();
      return Promise.resolve();
    }
    if (!navigator.onLine || !this.online) {
      this.show("error", this.t.undo_offline, booking);
      return Promise.resolve();
    }
    return this.request("POST", this.config.urls.undo, { booking_id: booking.id })
      .then(function (answer) {
        if (answer.ok) {
          self.updateBooking(answer.data.booking);
          self.show("success", answer.data.message, answer.data.booking);
        } else if (answer.status === 403) {
          self.show("error", self.t.logged_out);
        } else {
          self.show("error", answer.data.message || self.t.server_error, booking);
        }
      })
      .catch(function () {
        self.setOnline(false);
        self.show("error", self.t.undo_offline, booking);
      })
      .then(function () {
        self.render();
      });
  };

  DoorPage.prototype.walkIn = function () {
    var self = this;
    var name = this.el.walkInName.value.trim();
    var seats = parseInt(this.el.walkInSeats.value, 10) || 1;
    if (!name) {
      this.el.walkInName.focus();
      return Promise.resolve();
    }
    if (!navigator.onLine || !this.online) {
      this.show("error", this.t.walk_in_offline);
      return Promise.resolve();
    }
    // The same nonce until the server answers, so a retry after a lost answer adds no one twice.
    var key = name + "\u0000" + seats;
    if (!this.walkInNonce || this.walkInNonce.key !== key) this.walkInNonce = { key: key, nonce: newNonce() };
    return this.request("POST", this.config.urls.walk_in, { name: name, seats: seats, nonce: this.walkInNonce.nonce })
      .then(function (answer) {
        if (answer.status === 403) {
          self.show("error", self.t.logged_out);
          return;
        }
        if (answer.status >= 500 || !answer.data) {
          self.show("error", self.t.server_error);
          return;
        }
        self.walkInNonce = null;
        if (answer.ok) {
          self.updateBooking(answer.data.booking);
          self.show(answer.data.result === "checked_in" ? "success" : "already", answer.data.message, answer.data.booking);
          self.el.walkInName.value = "";
          self.refreshRoster();
        } else {
          self.show("error", answer.data.message || self.t.server_error);
        }
      })
      .catch(function () {
        self.setOnline(false);
        self.show("error", self.t.walk_in_offline);
      })
      .then(function () {
        self.render();
      });
  };

  /* Showing */

  DoorPage.prototype.show = function (kind, message, booking) {
    var box = this.el.result;
    box.className = "checkin__result checkin__result--" + kind;
    box.textContent = "";
    var line = document.createElement("p");
    line.className = "checkin__result-message";
    line.textContent = message;
    box.appendChild(line);
    if (booking) {
      var details = document.createElement("p");
      details.className = "checkin__result-details";
      var parts = [this.seats(booking.seats)];
      if (booking.attendees && booking.attendees.length) {
        parts.push(format(this.t["with"], { names: booking.attendees.join(", ") }));
      }
      details.textContent = parts.join(" · ");
      box.appendChild(details);
    }
  };

  DoorPage.prototype.problem = function (message, name) {
    var item = document.createElement("li");
    item.textContent = name ? name + ": " + message : message;
    this.el.problemsList.appendChild(item);
    this.el.problems.hidden = false;
  };

  DoorPage.prototype.stateText = function (booking) {
    var queued = this.queuedFor(booking.id);
    if (queued) return format(this.t.state_queued, { time: this.time(queued.scanned_at) });
    var attendance = booking.attendance;
    if (attendance && attendance.attended) {
      return attendance.checked_in_at
        ? format(this.t.state_in, { time: this.time(attendance.checked_in_at) })
        : this.t.state_in_no_time;
    }
    if (attendance) return format(this.t.state_other, { status: attendance.status_label });
    return booking.status === "waitlisted" ? this.t.state_waitlisted : this.t.state_expected;
  };

  DoorPage.prototype.rosterRow = function (booking) {
    var self = this;
    var row = document.createElement("li");
    var isIn = this.isIn(booking);
    row.className = "checkin__person" + (isIn ? " checkin__person--in" : "");
    var text = document.createElement("div");
    text.className = "checkin__person-text";
    var name = document.createElement("strong");
    name.textContent = booking.name;
    text.appendChild(name);
    var meta = document.createElement("span");
    meta.className = "checkin__person-meta";
    var parts = [this.seats(booking.seats), this.stateText(booking)];
    if (booking.attendees && booking.attendees.length) {
      parts.push(format(this.t["with"], { names: booking.attendees.join(", ") }));
    }
    meta.textContent = parts.join(" · ");
    text.appendChild(meta);
    row.appendChild(text);

    var button = document.createElement("button");
    button.type = "button";
    var hidden = document.createElement("span");
    hidden.className = "w-sr-only";
    hidden.textContent = " " + booking.name;
    if (isIn || booking.attendance) {
      button.className = "button button-small button-secondary";
      button.textContent = this.t.undo;
      button.appendChild(hidden);
      button.addEventListener("click", function () {
        self.undo(booking);
      });
    } else if (booking.status === "confirmed") {
      button.className = "button button-small";
      button.textContent = this.t.check_in;
      button.appendChild(hidden);
      button.addEventListener("click", function () {
        self.checkIn({ booking: booking, method: "search" });
      });
    } else {
      button = null;
    }
    if (button) row.appendChild(button);
    return row;
  };

  DoorPage.prototype.renderRoster = function () {
    var self = this;
    var query = normalise(this.el.search.value).trim();
    var matches = [];
    this.order.forEach(function (id) {
      var booking = self.bookings.get(id);
      if (booking && (!query || booking.search.indexOf(query) !== -1)) matches.push(booking);
    });
    var fragment = document.createDocumentFragment();
    matches.slice(0, LIST_LIMIT).forEach(function (booking) {
      fragment.appendChild(self.rosterRow(booking));
    });
    // Keep keyboard focus on the same person's button across a re-render.
    var focused = document.activeElement;
    var focusedName = focused && this.el.roster.contains(focused) ? focused.textContent : null;
    this.el.roster.textContent = "";
    this.el.roster.appendChild(fragment);
    if (focusedName) {
      var buttons = this.el.roster.querySelectorAll("button");
      for (var i = 0; i < buttons.length; i += 1) {
        if (buttons[i].textContent === focusedName) {
          buttons[i].focus();
          break;
        }
      }
    }
    if (!matches.length) this.el.summary.textContent = this.t.no_match;
    else if (matches.length > LIST_LIMIT) {
      this.el.summary.textContent = format(this.t.showing, { shown: LIST_LIMIT, total: matches.length });
    } else this.el.summary.textContent = "";
  };

  DoorPage.prototype.render = function () {
    var online = this.online && navigator.onLine !== false;
    var counts = this.counts();
    this.el.counts.expected.textContent = counts.expected;
    this.el.counts.present.textContent = counts.present;
    this.el.counts.waiting.textContent = counts.waiting;
    this.el.state.textContent = online
      ? this.t.online
      : format(this.t.offline, {
          time: this.timeFormat.format(this.offlineSince || new Date()),
          loaded: this.timeFormat.format(this.loadedAt),
        });
    this.root.classList.toggle("checkin--offline", !online);
    this.el.offlineNote.hidden = online;
    var waiting = this.queue.length;
    var queueText = waiting
      ? format(waiting === 1 ? this.t.waiting_one : this.t.waiting_other, { count: waiting })
      : this.t.waiting_none;
    if (this.el.queueCount.textContent !== queueText) this.el.queueCount.textContent = queueText;
    this.el.sync.hidden = !waiting || !online;
    var seatsLeft = Math.max(0, (this.session.capacity || 0) - counts.expected);
    var seatsText = seatsLeft ? format(this.t.seats_left, { count: seatsLeft }) : this.t.no_seats_left;
    this.el.seatsLeft.textContent = online ? seatsText : this.t.walk_in_offline;
    this.el.walkInSubmit.disabled = !seatsLeft || !online;
    this.renderRoster();
  };

  DoorPage.prototype.bind = function () {
    var self = this;
    this.el.codeForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var value = self.el.code.value;
      self.el.code.value = "";
      self.checkInTicket(value, "code");
      self.el.code.focus();
    });
    this.el.search.addEventListener("input", function () {
      self.renderRoster();
    });
    this.el.walkInForm.addEventListener("submit", function (event) {
      event.preventDefault();
      self.walkIn();
    });
    this.el.sync.addEventListener("click", function () {
      self.sync();
    });
    window.addEventListener("online", function () {
      self.setOnline(true);
      self.sync().then(function () {
        return self.refreshRoster();
      });
    });
    window.addEventListener("offline", function () {
      self.setOnline(false);
    });
    window.addEventListener("beforeunload", function (event) {
      if (self.queue.length && !navigator.onLine) {
        event.preventDefault();
        event.returnValue = "";
      }
    });
    window.setInterval(function () {
      if (!navigator.onLine) return;
      if (self.queue.length) self.sync();
      else self.refreshRoster();
    }, (this.config.poll_seconds || 10) * 1000);
    window.setInterval(function () {
      if (self.queue.length && navigator.onLine && !self.syncing) self.sync();
    }, SYNC_RETRY_MS);
  };

  /* ------------------------------------------------------------------------------------ */
  /* Camera                                                                                */

  function Scanner(page, root) {
    this.page = page;
    this.start = root.querySelector("[data-camera-start]");
    this.stopButton = root.querySelector("[data-camera-stop]");
    this.message = root.querySelector("[data-camera-message]");
    this.video = root.querySelector("[data-camera-video]");
    this.jsqrSrc = root.getAttribute("data-jsqr-src");
    this.stream = null;
    this.detect = null;
    this.last = { text: "", at: 0 };
    var self = this;
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      this.start.hidden = true;
      this.message.textContent = page.t.camera_unavailable;
      return;
    }
    this.start.addEventListener("click", function () {
      self.begin();
    });
    this.stopButton.addEventListener("click", function () {
      self.stop();
      self.start.focus();
    });
  }

  Scanner.prototype.detector = function () {
    var self = this;
    if (this.detect) return Promise.resolve(this.detect);
    var native =
      typeof window.BarcodeDetector === "function"
        ? window.BarcodeDetector.getSupportedFormats()
            .then(function (formats) {
              return formats.indexOf("qr_code") !== -1;
            })
            .catch(function () {
              return false;
            })
        : Promise.resolve(false);
    return native.then(function (hasNative) {
      if (hasNative) {
        var detector = new window.BarcodeDetector({ formats: ["qr_code"] });
        self.detect = function (video) {
          return detector.detect(video).then(function (codes) {
            return codes.length ? codes[0].rawValue : null;
          });
        };
        return self.detect;
      }
      return self.loadJsQR().then(function () {
        var canvas = document.createElement("canvas");
        var context = canvas.getContext("2d", { willReadFrequently: true });
        self.detect = function (video) {
          var scale = Math.min(1, 640 / Math.max(video.videoWidth, video.videoHeight));
          canvas.width = Math.round(video.videoWidth * scale);
          canvas.height = Math.round(video.videoHeight * scale);
          if (!canvas.width || !canvas.height) return Promise.resolve(null);
          context.drawImage(video, 0, 0, canvas.width, canvas.height);
          var image = context.getImageData(0, 0, canvas.width, canvas.height);
          var found = window.jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" });
          return Promise.resolve(found ? found.data : null);
        };
        return self.detect;
      });
    });
  };

  Scanner.prototype.loadJsQR = function () {
    var src = this.jsqrSrc;
    if (window.jsQR) return Promise.resolve();
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  };

  Scanner.prototype.begin = function () {
    var self = this;
    var t = this.page.t;
    this.message.textContent = t.camera_starting;
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" }, audio: false })
      .then(function (stream) {
        self.stream = stream;
        self.video.srcObject = stream;
        self.video.hidden = false;
        self.start.hidden = true;
        self.stopButton.hidden = false;
        return self.video.play();
      })
      .then(function () {
        return self.detector();
      })
      .then(function () {
        self.message.textContent = t.camera_on;
        self.loop();
      })
      .catch(function () {
        self.stop();
        self.message.textContent = t.camera_unavailable;
      });
  };

  Scanner.prototype.loop = function () {
    var self = this;
    if (!this.stream) return;
    var next = function () {
      window.setTimeout(function () {
        self.loop();
      }, 150);
    };
    if (this.video.readyState < 2) {
      next();
      return;
    }
    this.detect(this.video)
      .then(function (text) {
        var now = Date.now();
        if (!text) return;
        // A ticket held in front of the camera counts once: again only after it was away.
        var fresh = text !== self.last.text || now - self.last.at > SCAN_COOLDOWN_MS;
        self.last = { text: text, at: now };
        if (fresh) self.page.checkInTicket(text, "scan");
      })
      .catch(function () {})
      .then(next);
  };

  Scanner.prototype.stop = function () {
    if (this.stream) {
      this.stream.getTracks().forEach(function (track) {
        track.stop();
      });
    }
    this.stream = null;
    this.video.srcObject = null;
    this.video.hidden = true;
    this.start.hidden = false;
    this.stopButton.hidden = true;
    this.message.textContent = "";
  };

  /* ------------------------------------------------------------------------------------ */
  /* The self check-in code screen                                                         */

  function CodeScreen(root) {
    this.root = root;
    this.url = root.getAttribute("data-url");
    this.code = root.querySelector("[data-code]");
    this.qr = root.querySelector("[data-qr]");
    this.seconds = root.querySelector("[data-seconds]");
    this.closed = root.querySelector("[data-closed]");
    this.offline = root.querySelector("[data-offline]");
    this.left = parseInt(this.seconds.textContent, 10) || 1;
    this.code.textContent = this.group(this.code.textContent);
    var self = this;
    root.querySelector("[data-fullscreen]").addEventListener("click", function () {
      if (document.fullscreenElement) document.exitFullscreen();
      else if (root.requestFullscreen) root.requestFullscreen().catch(function () {});
    });
    if (navigator.wakeLock) navigator.wakeLock.request("screen").catch(function () {});
    window.setInterval(function () {
      self.tick();
    }, 1000);
    this.fetchedAt = Date.now();
  }

  CodeScreen.prototype.group = function (code) {
    var digits = String(code).replace(/\s+/g, "");
    return digits.slice(0, 3) + " " + digits.slice(3);
  };

  CodeScreen.prototype.tick = function () {
    this.left = Math.max(0, this.left - 1);
    this.seconds.textContent = this.left;
    // A new code when this one runs out, and a check every few seconds in between.
    if (this.left <= 0 || Date.now() - this.fetchedAt >= 5000) this.refresh();
  };

  CodeScreen.prototype.refresh = function () {
    var self = this;
    if (this.loading) return;
    this.loading = true;
    this.fetchedAt = Date.now();
    window
      .fetch(this.url, {
        credentials: "same-origin",
        cache: "no-store",
        headers: { Accept: "application/json", "X-Requested-With": "XMLHttpRequest" },
      })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (data) {
        var grouped = self.group(data.code);
        if (self.code.textContent !== grouped) {
          self.code.textContent = grouped;
          self.qr.src = data.qr;
        }
        self.left = data.seconds_left;
        self.seconds.textContent = self.left;
        self.closed.hidden = data.open;
        self.closed.textContent = data.message;
        self.offline.hidden = true;
      })
      .catch(function () {
        self.offline.hidden = false;
      })
      .then(function () {
        self.loading = false;
      });
  };

  function start() {
    var door = document.querySelector("[data-checkin]");
    if (door) window.workshopsCheckIn = new DoorPage(door);
    var code = document.querySelector("[data-checkin-code]");
    if (code) window.workshopsCheckInCode = new CodeScreen(code);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
