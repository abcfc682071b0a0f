import { useEffect, useState } from 'preact/hooks';
import { parseHash, type Location } from './route.js';

/** The current page, following the hash as the user navigates. */
export function useLocation(): Location {
  const [location, setLocation] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setLocation(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return location;
}
