/**
 * The guideline's A4 portrait documents as PDF, apart from the certificate: appendix 1 (blank-stock
 * demand form, {@link org.skillcert.render.form.DemandFormContent}), appendix 3 (replacement
 * application, {@link org.skillcert.render.form.ReplacementApplicationContent}) and appendix 4 (the
 * replacement proof, {@link org.skillcert.render.form.ProofContent}), drawn by
 * {@link org.skillcert.render.form.FormRenderer}. The {@code …Content} types are what a form
 * shows; the workflow types they are made from live in certificate-core.
 *
 * <p>Parameters and return values are non-null unless marked {@link javax.annotation.Nullable}.
 */
@ParametersAreNonnullByDefault
package org.skillcert.render.form;

import javax.annotation.ParametersAreNonnullByDefault;
