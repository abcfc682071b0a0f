// A read-only EventStore over serialized events: every read parses JSON, as a disk-backed store does,
// so the rebuild pays the same JSON.parse as the baseline and the comparison is fair.

export function createLineStore(lines) {
  const byStream = new Map();
  const byId = new Map();
  lines.forEach((line, i) => {
    const from = line.indexOf('"streamId":"') + 12;
    const streamId = line.slice(from, line.indexOf('"', from));
    let list = byStream.get(streamId);
    if (!list) byStream.set(streamId, (list = []));
    list.push(i);
    const at = line.indexOf('"eventId":"') + 11;
    byId.set(line.slice(at, line.indexOf('"', at)), i);
  });
  const parse = (i) => JSON.parse(lines[i]);
  return {
    async readStream(streamId, options = {}) {
      const from = options.fromRevision ?? 0;
      const to = options.toRevision ?? Infinity;
      return (byStream.get(streamId) ?? []).slice(from, to === Infinity ? undefined : to + 1).map(parse);
    },
    async *readAll(options = {}) {
      const end = options.upTo === undefined ? lines.length : Number(options.upTo);
      for (let i = options.after === undefined ? 0 : Number(options.after); i < end; i++) yield parse(i);
    },
    async findEvent(eventId) {
      const i = byId.get(eventId);
      return i === undefined ? null : parse(i);
    },
    async *listStreams() {
      for (const [streamId, list] of byStream) yield { streamId, lastRevision: list.length - 1 };
    },
    async headPosition() {
      return lines.length === 0 ? null : String(lines.length).padStart(12, '0');
    },
    comparePositions: (a, b) => Number(a) - Number(b),
    async streamRevision(streamId) {
      const list = byStream.get(streamId);
      return list ? list.length - 1 : null;
    },
    subscribe() {
      throw new Error('the benchmark store is read-only; the benchmark measures rebuilds');
    },
    async append() {
      throw new Error('read-only');
    },
    async ping() {},
    async close() {},
  };
}
