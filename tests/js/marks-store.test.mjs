// The classroom's marks store: labelling, removing, setting fields, undo and redo, and the
// change events the views redraw on.

import { test } from "node:test";
import assert from "node:assert/strict";
import { MarksStore } from "../../www/classroom/marks-store.js";

/** A store that counts its change events. */
function counted(marks = []) {
  const store = new MarksStore(marks);
  const events = [];
  store.addEventListener("change", (e) => events.push(e.detail.reason));
  return { store, events };
}

test("a new mark gets its kind's fields at their initial values, and an event", () => {
  const { store, events } = counted();
  const id = store.add("actor", 3, 7);
  assert.deepEqual(store.toJSON(), [{ kind: "actor", start: 3, end: 7, role: "responsible", level: "unspecified" }]);
  assert.equal(store.get(id)?.start, 3);
  assert.deepEqual(events, ["add"]);
});

test("marks come back in text order, longer first where they start together", () => {
  const { store } = counted();
  store.add("measure", 10, 14);
  store.add("actor", 0, 2);
  store.add("directive", 0, 20);
  assert.deepEqual(store.marks.map((m) => m.kind), ["directive", "actor", "measure"]);
});

test("setting a field changes that mark only; setting the kind keeps only the new kind's fields", () => {
  const { store, events } = counted();
  const a = store.add("actor", 0, 2);
  const b = store.add("actor", 5, 8);
  store.set(a, "level", "provincial");
  assert.equal(store.get(a)?.level, "provincial");
  assert.equal(store.get(b)?.level, "unspecified");
  store.set(a, "kind", "measure");
  assert.deepEqual(store.toJSON()[0], { kind: "measure", start: 0, end: 2, instrument: "supply" });
  assert.equal(store.get(a)?.id, a, "the mark keeps its id");
  assert.deepEqual(events, ["add", "add", "set", "set"]);
});

test("setting a field to the value it has is no step and no event", () => {
  const { store, events } = counted();
  const a = store.add("directive", 0, 5);
  store.set(a, "force", "obligation");
  assert.deepEqual(events, ["add"]);
  store.undo();
  assert.equal(store.marks.length, 0, "the one undo step is the add");
});

test("undo and redo walk the history; a new change drops what was undone", () => {
  const { store } = counted();
  const a = store.add("actor", 0, 2);
  store.set(a, "role", "issuer");
  store.remove(a);
  assert.equal(store.marks.length, 0);
  assert.ok(store.undo());
  assert.equal(store.get(a)?.role, "issuer");
  assert.ok(store.undo());
  assert.equal(store.get(a)?.role, "responsible");
  assert.ok(store.redo());
  assert.equal(store.get(a)?.role, "issuer");
  store.add("target", 4, 6);
  assert.equal(store.canRedo, false);
  assert.equal(store.redo(), false);
});

test("replacing every mark is one undo step", () => {
  const { store } = counted([{ kind: "actor", start: 0, end: 2 }]);
  store.replace([{ kind: "target", start: 1, end: 3 }, { kind: "measure", start: 4, end: 9, instrument: "demand" }]);
  assert.deepEqual(store.toJSON().map((m) => m.kind), ["target", "measure"]);
  store.undo();
  assert.deepEqual(store.toJSON(), [{ kind: "actor", start: 0, end: 2, role: "responsible", level: "unspecified" }]);
});

test("removing a mark that is not there changes nothing", () => {
  const { store, events } = counted();
  assert.equal(store.remove(42), false);
  assert.deepEqual(events, []);
  assert.equal(store.canUndo, false);
});
