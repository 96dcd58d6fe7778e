/** One request in, progress messages and one answer out: the worker's side of protocol.ts. */
import type { Method, Methods, Progress, Request, Response } from './protocol';
import type { Session } from './session';

export async function dispatch(session: Session, request: Request, post: (message: Response) => void): Promise<void> {
  const { id } = request;
  const onProgress = (progress: Progress) => post({ id, type: 'progress', progress });
  try {
    post({ id, type: 'result', result: await run(session, request, onProgress) });
  } catch (err) {
    post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

function run(session: Session, request: Request, onProgress: (p: Progress) => void): Promise<Methods[Method]['result']> {
  switch (request.method) {
    case 'load':
      return session.load((request as Request<'load'>).args, onProgress);
    case 'query':
      return session.query((request as Request<'query'>).args.sql);
    case 'audit':
      return session.audit((request as Request<'audit'>).args, onProgress);
    case 'cancel':
      return Promise.resolve(session.cancel());
    case 'settled':
      return session.settled();
    default:
      return Promise.reject(new Error(`không có phương thức "${String(request.method)}" (unknown method)`));
  }
}
