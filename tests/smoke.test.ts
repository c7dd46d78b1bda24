import { readdirSync } from 'node:fs';
test('seeds present', () => { expect(readdirSync('seeds').length).toBe(5); });
