/**
 * Users, roles, region scopes, institutions, sign-in (with throttling) and personal API tokens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.balise.identity;
