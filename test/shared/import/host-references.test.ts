/**
 * Which service an environment value names (shared/import/kubernetes/host-references.ts), the link
 * a Kubernetes or Compose import draws between workloads. Answers read off each value by hand.
 */
import { describe, expect, it } from 'vitest';
import { hostsIn, serviceOfHost } from '../../../shared/import/kubernetes/host-references';

describe('the host an environment value names', () => {
  it('is a URL’s host and port, any scheme, credentials and path left out, lower-cased', () => {
    expect(hostsIn('CACHE', 'redis://redis-cart:6379/0')).toEqual([{ host: 'redis-cart', port: 6379 }]);
    expect(hostsIn('DB', 'jdbc:mysql://orders-db.shop.svc.cluster.local:3306/orders')).toEqual([{ host: 'orders-db.shop.svc.cluster.local', port: 3306 }]);
    expect(hostsIn('DB', 'postgres://app:pw@DB:5432/x')).toEqual([{ host: 'db', port: 5432 }]);
    expect(hostsIn('API', 'http://a')).toEqual([{ host: 'a' }]);
    expect(hostsIn('API', 'http://a.b.c:80')).toEqual([{ host: 'a.b.c', port: 80 }]);
  });

  it('is read up to 2,048 characters', () => {
    const value = `http://api/${'x'.repeat(2048 - 'http://api/'.length)}`;
    expect(value).toHaveLength(2048);
    expect(hostsIn('API_URL', value)).toEqual([{ host: 'api' }]);
  });

  it('has no port where the port is 0 or past 65535', () => {
    expect(hostsIn('API', 'http://api:0/')).toEqual([{ host: 'api' }]);
    expect(hostsIn('API', 'http://api:65535/')).toEqual([{ host: 'api', port: 65535 }]);
    expect(hostsIn('API', 'http://api:65536/')).toEqual([{ host: 'api' }]);
  });

  it('is nothing for an IP address, localhost, a name starting or ending with a hyphen, an empty value or one past 2,048 characters', () => {
    for (const value of ['http://10.0.0.5:80', 'http://192.168.10.20:80', 'db:5432/x', 'http://localhost:8080', 'http://-api:80', 'http://api-:80', 'http://api..x:80', '   ', `http://api/${'x'.repeat(2048)}`]) {
      expect(hostsIn('API_URL', value), value).toEqual([]);
    }
  });

  it('is the server of a connection string, with its port after a comma or a colon', () => {
    expect(hostsIn('DB', 'Server=sqldb,1433;Database=orders')).toEqual([{ host: 'sqldb', port: 1433 }]);
    expect(hostsIn('DB', 'Database=orders; Server = tcp:sqldb , 1433')).toEqual([{ host: 'sqldb' }]);
    expect(hostsIn('DB', 'Host=pg;Port=5432')).toEqual([{ host: 'pg' }]);
    expect(hostsIn('DB', 'Data Source=ORA1')).toEqual([{ host: 'ora1' }]);
    expect(hostsIn('MQ', 'addr=mq:5672')).toEqual([{ host: 'mq', port: 5672 }]);
  });

  it('is each host of a host:port list', () => {
    expect(hostsIn('KAFKA', 'kafka-0:9092,kafka-1:9092 kafka-2:9093')).toEqual([
      { host: 'kafka-0', port: 9092 },
      { host: 'kafka-1', port: 9092 },
      { host: 'kafka-2', port: 9093 },
    ]);
    expect(hostsIn('KAFKA_BROKERS', 'kafka-0:9092,kafka-1')).toEqual([]);
  });

  it('is a bare word only where the variable’s name says it holds an address', () => {
    expect(hostsIn('CACHE_HOST', ' cache ')).toEqual([{ host: 'cache' }]);
    expect(hostsIn('redis_url', 'Redis.Shop')).toEqual([{ host: 'redis.shop' }]);
    expect(hostsIn('ORDERS_CONNECTION_STRING', 'orders')).toEqual([{ host: 'orders' }]);
    expect(hostsIn('MODE', 'cache')).toEqual([]);
    expect(hostsIn('CACHE_HOST_NAME', 'cache')).toEqual([]);
    expect(hostsIn('DB_HOST', '1db')).toEqual([]);
    expect(hostsIn('DB_HOST', 'db primary')).toEqual([]);
  });
});

describe('the Service a host names', () => {
  it('is its first label, with the namespace where the host gives one', () => {
    expect(serviceOfHost('orders-db.shop.svc.cluster.local')).toEqual({ name: 'orders-db', namespace: 'shop' });
    expect(serviceOfHost('orders-db.shop.svc')).toEqual({ name: 'orders-db', namespace: 'shop' });
    expect(serviceOfHost('cart.shop')).toEqual({ name: 'cart', namespace: 'shop' });
    expect(serviceOfHost('cart')).toEqual({ name: 'cart' });
    expect(serviceOfHost('api.example.com')).toEqual({ name: 'api' });
  });
});
