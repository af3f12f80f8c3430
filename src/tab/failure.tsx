import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ApiFailure } from './api.js';
import { useTab } from './tab-context.js';

/** Why nothing is shown: not signed in, no role for the figures, or the service failed. */
export function Failure({ error, failedText }: { error: ApiFailure; failedText?: string }) {
  const { m } = useTab();
  return (
    <MessageBar
      intent={error === 'failed' ? 'error' : 'warning'}
      layout="multiline"
      data-testid={`failure-${error}`}
    >
      <MessageBarBody>
        {error !== 'failed' && <MessageBarTitle>{m.appTitle}</MessageBarTitle>}
        {error === 'failed' && failedText !== undefined ? failedText : m.errors[error]}
      </MessageBarBody>
    </MessageBar>
  );
}
