// Production one-shot, run before API and worker replicas start (compose `migrate`, a Kubernetes Job): control
// migrations plus the application role. `npm start` does the same in-process.
import { prepareDatabase } from '@kizuna/db';
import { z } from 'zod';

const env = z
  .object({
    DATABASE_URL: z.url(),
    APP_DB_ROLE: z.string().default('kizuna_app'),
    APP_DB_PASSWORD: z.string().min(16),
  })
  .parse(process.env);

const { appRole } = await prepareDatabase({
  ownerUrl: env.DATABASE_URL,
  appRole: env.APP_DB_ROLE,
  appPassword: env.APP_DB_PASSWORD,
});
console.log(`database prepared: control migrations applied, role ${appRole} can log in`);
