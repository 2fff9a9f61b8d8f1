package it.centrinrete.kb.content;

/** A postal address in Milan or nearby; {@code postcode} and {@code city} may be empty when unknown. */
public record Address(String street, String postcode, String city) {
    public Address {
        street = Checks.text("address.street", street);
        postcode = Checks.optionalText(postcode);
        if (!postcode.isEmpty() && !postcode.matches("\\d{5}")) {
            throw new InvalidEntryException("address.postcode", "an Italian postcode has five digits, not '" + postcode + "'");
        }
        city = Checks.optionalText(city);
    }

    /** One line for the screen: "Via Zante 14, 20138 Milano". */
    public String oneLine() {
        String place = (postcode + " " + city).strip();
        return place.isEmpty() ? street : street + ", " + place;
    }
}
