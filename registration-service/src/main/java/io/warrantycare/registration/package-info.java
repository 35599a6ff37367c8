/** Registration records and their saga, the read model of declared products, and the rules that decide admission. */
package io.warrantycare.registration;
