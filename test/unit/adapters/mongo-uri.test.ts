import { describe, expect, it } from 'vitest';
import { hostsOf } from '../../../src/adapters/mongo/mongo-uri.js';

describe('hostsOf', () => {
  it.each([
    ['mongodb://127.0.0.1:27017/', '127.0.0.1:27017'],
    ['mongodb://localhost', 'localhost'],
    ['mongodb://app:s3cr%40t@db.example.fi:27017/tym?authSource=admin', 'db.example.fi:27017'],
    ['mongodb+srv://app:pa@ss@cluster0.example.net/?retryWrites=true', 'cluster0.example.net'],
    [
      'mongodb://u:p@a.example.fi:27017,b.example.fi:27017/?replicaSet=rs0',
      'a.example.fi:27017,b.example.fi:27017',
    ],
    [
      'mongodb://acct:KEY==@acct.mongo.cosmos.azure.com:10255/?ssl=true&retrywrites=false',
      'acct.mongo.cosmos.azure.com:10255',
    ],
  ])('%s -> %s (no user, password or options)', (uri, hosts) => {
    expect(hostsOf(uri)).toBe(hosts);
  });
});
