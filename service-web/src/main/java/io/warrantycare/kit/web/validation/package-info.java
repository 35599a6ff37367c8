/** Bean Validation constraints for the rules every service checks the same way: NI, country, language, e-mail. */
package io.warrantycare.kit.web.validation;
