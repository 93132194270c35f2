// The unit tests run twice in CI: on React 19 (the dev install) and on React 18 (REACT_VERSION=18, see .ci/run).
// This guards the second run: the alias must give one React 18 copy to the tests, react-dom and Testing Library.
import { render, screen } from '@testing-library/react';
import { useState, version } from 'react';
import { version as domVersion } from 'react-dom';
import { ThemeProvider, useTheme } from 'styled-components';

it('uses the React major the run asked for, with the matching react-dom', () => {
  expect(version.split('.')[0]).toBe(process.env.REACT_VERSION || '19');
  expect(domVersion).toBe(version);
});

it('gives Testing Library and styled-components the same React copy (their hooks and context work)', () => {
  function Probe() {
    const [count] = useState(3);
    const theme = useTheme() as { name?: string } | undefined;
    return (
      <p>
        {count} {theme?.name}
      </p>
    );
  }
  render(
    <ThemeProvider theme={{ name: 'probe-theme' }}>
      <Probe />
    </ThemeProvider>,
  );
  expect(screen.getByText('3 probe-theme')).toBeInTheDocument();
});
