/** The XSS corpus through the .json importer and every export. */
import { describeXssSource } from './xss-suite';

describeXssSource('json');
