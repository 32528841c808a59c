/** The XSS corpus through the .txt importer and every export. */
import { describeXssSource } from './xss-suite';

describeXssSource('txt');
