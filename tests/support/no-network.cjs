// Preloaded (node -r) into third-party tools that try to reach the internet (electronegativity fetches
// translations and Electron's release list): every outbound connection and DNS lookup fails at once,
// so the tests stay offline and nothing leaves the machine.
const net = require('node:net');
const dns = require('node:dns');
const refuse = () => Object.assign(new Error('network access is disabled in Copydesk tests'), { code: 'ENETUNREACH' });
net.Socket.prototype.connect = function connect() {
  process.nextTick(() => this.destroy(refuse()));
  return this;
};
dns.lookup = (_host, opts, cb) => process.nextTick(() => (typeof opts === 'function' ? opts : cb)(refuse()));
dns.promises.lookup = async () => {
  throw refuse();
};
for (const R of [dns.Resolver, dns.promises.Resolver]) {
  for (const m of ['resolve', 'resolve4', 'resolve6', 'resolveAny']) {
    R.prototype[m] = function () {
      const cb = arguments[arguments.length - 1];
      if (typeof cb === 'function') return process.nextTick(() => cb(refuse()));
      return Promise.reject(refuse());
    };
  }
}
