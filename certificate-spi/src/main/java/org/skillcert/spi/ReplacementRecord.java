package org.skillcert.spi;

import java.time.LocalDate;
import java.util.Objects;
import javax.annotation.Nullable;
import org.skillcert.spi.internal.PortInputs;

/**
 * A replacement-proof application (appendix 3, R-ISS-2) as plain data, with its state: accepted
 * (a receipt, 受理回执, was given with the due date) and, once the proof (appendix 4) is made,
 * proved on a date.
 *
 * @param applicationId the caller's unique id, 1–128 characters
 * @param certificateNumber the certificate it concerns (R-NUM-1 shape)
 * @param applicantName 申请人姓名, 1–100 characters
 * @param idNumber 身份证号, 1–40 characters
 * @param matter {@code LOST} or {@code DAMAGED}, 1–16 characters
 * @param delivery how the proof is collected ({@code COLLECT}, {@code POST_COD}, {@code EMS}), 1–16 characters
 * @param emsNumber the EMS tracking number, 1–64 characters, or null
 * @param phone 联系电话, 0–40 characters (may be empty)
 * @param receivedOn the date the application was received with the ID card
 * @param dueDate the date the proof is due (5 working days after receipt)
 * @param dueProvisional whether the due date was counted on a provisional holiday schedule (R-CAL-3)
 * @param acceptedBy who accepted it, 1–200 characters
 * @param provedOn the date of the proof, or null while open
 * @param provedBy who made the proof, 1–200 characters, or null while open
 */
public record ReplacementRecord(String applicationId, String certificateNumber, String applicantName,
        String idNumber, String matter, String delivery, @Nullable String emsNumber, String phone,
        LocalDate receivedOn, LocalDate dueDate, boolean dueProvisional, String acceptedBy,
        @Nullable LocalDate provedOn, @Nullable String provedBy) {

    /** The state of an application. */
    public enum State {
        /** Received, receipt given, proof not yet made. */
        ACCEPTED,
        /** The proof was made. */
        PROVED
    }

    /**
     * Checks every field.
     *
     * @throws RegistryException {@code BAD_NUMBER}, {@code BAD_FIELD} or {@code BAD_PERIOD} (due
     *     or proof date before receipt)
     */
    public ReplacementRecord {
        PortInputs.checkField("applicationId", applicationId, 128);
        PortInputs.checkNumber(certificateNumber);
        PortInputs.checkField("applicantName", applicantName, 100);
        PortInputs.checkField("idNumber", idNumber, 40);
        PortInputs.checkField("matter", matter, 16);
        PortInputs.checkField("delivery", delivery, 16);
        if (emsNumber != null) {
            PortInputs.checkField("emsNumber", emsNumber, 64);
        }
        if (phone == null || (!phone.isEmpty() && org.skillcert.spi.internal.Text.isBad(phone, 40))) {
            throw new RegistryException(RegistryException.Reason.BAD_FIELD, "phone", phone, 0,
                    "phone must be 0–40 characters without control characters");
        }
        PortInputs.checkField("acceptedBy", acceptedBy, 200);
        if (receivedOn == null || dueDate == null) {
            throw new RegistryException(RegistryException.Reason.BAD_FIELD, receivedOn == null ? "receivedOn" : "dueDate",
                    null, 0, "dates must not be null");
        }
        if (dueDate.isBefore(receivedOn)) {
            throw new RegistryException(RegistryException.Reason.BAD_PERIOD, "dueDate", dueDate.toString(), 0,
                    "due date " + dueDate + " is before the receipt " + receivedOn);
        }
        if ((provedOn == null) != (provedBy == null)) {
            throw new RegistryException(RegistryException.Reason.BAD_FIELD, "provedBy", provedBy, 0,
                    "provedOn and provedBy are both set or both null");
        }
        if (provedOn != null) {
            PortInputs.checkField("provedBy", provedBy, 200);
            if (provedOn.isBefore(receivedOn)) {
                throw new RegistryException(RegistryException.Reason.BAD_PERIOD, "provedOn", provedOn.toString(), 0,
                        "proof date " + provedOn + " is before the receipt " + receivedOn);
            }
        }
    }

    /**
     * Returns the state.
     *
     * @return {@link State#PROVED} once a proof date is set, else {@link State#ACCEPTED}
     */
    public State state() {
        return provedOn == null ? State.ACCEPTED : State.PROVED;
    }

    /**
     * Tells whether the application is open and its due date has passed.
     *
     * @param asOf the date to judge on
     * @return true if accepted, not proved and {@code asOf} is after the due date
     */
    public boolean overdue(LocalDate asOf) {
        return provedOn == null && asOf.isAfter(dueDate);
    }

    /**
     * Returns this application proved on a date.
     *
     * @param on the proof date
     * @param by who made it
     * @return the proved record
     * @throws RegistryException {@code BAD_FIELD} or {@code BAD_PERIOD}
     */
    public ReplacementRecord proved(LocalDate on, String by) {
        return new ReplacementRecord(applicationId, certificateNumber, applicantName, idNumber, matter, delivery,
                emsNumber, phone, receivedOn, dueDate, dueProvisional, acceptedBy, on, by);
    }

    /**
     * Tells whether two records are the same application (all fields but the proof).
     *
     * @param other the other record
     * @return true if accepting one is a repeat of the other
     */
    public boolean sameApplication(ReplacementRecord other) {
        return applicationId.equals(other.applicationId) && certificateNumber.equals(other.certificateNumber)
                && applicantName.equals(other.applicantName) && idNumber.equals(other.idNumber)
                && matter.equals(other.matter) && delivery.equals(other.delivery)
                && Objects.equals(emsNumber, other.emsNumber) && phone.equals(other.phone)
                && receivedOn.equals(other.receivedOn) && dueDate.equals(other.dueDate);
    }

    /** Returns the id, certificate, dates and state, never the ID number (this text reaches logs). */
    @Override
    public String toString() {
        return "ReplacementRecord[" + applicationId + ", " + certificateNumber + ", received " + receivedOn + ", due "
                + dueDate + (dueProvisional ? " (provisional)" : "") + ", " + state()
                + (provedOn != null ? " " + provedOn : "") + "]";
    }
}
