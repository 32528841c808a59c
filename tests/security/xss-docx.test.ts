/** The XSS corpus through the .docx importer and every export. */
import { describeXssSource } from './xss-suite';

describeXssSource('docx');
