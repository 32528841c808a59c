/** The XSS corpus through the .md importer and every export. */
import { describeXssSource } from './xss-suite';

describeXssSource('md');
