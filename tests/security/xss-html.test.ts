/** The XSS corpus through the .html importer and every export. */
import { describeXssSource } from './xss-suite';

describeXssSource('html');
