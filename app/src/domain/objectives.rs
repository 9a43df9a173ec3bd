//! CIET art. 5 objectives by quartier fragility: which income bands attributions should favour.
//! (The quota engine of a later issue refines this with the attributions actually made.)

use super::band::Band;
use super::rules::Rules;

/// The bands favoured in a quartier of this fragility class; empty for an unknown class.
pub fn favoured_bands(class: &str, rules: &Rules) -> Vec<Band> {
    let o = &rules.ciet_objectives;
    if o.favour_higher_bands.iter().any(|c| c == class) {
        vec![Band::Intermediaire, Band::Superieur]
    } else if o.favour_lower_bands.iter().any(|c| c == class) {
        vec![Band::TresModeste, Band::Modeste]
    } else {
        vec![]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragile_quartiers_favour_higher_bands_others_lower() {
        let r = Rules::embedded();
        assert_eq!(favoured_bands("fragile", r), vec![Band::Intermediaire, Band::Superieur]);
        assert_eq!(favoured_bands("moyenne", r), vec![Band::TresModeste, Band::Modeste]);
        assert_eq!(favoured_bands("sans", r), vec![Band::TresModeste, Band::Modeste]);
        assert!(favoured_bands("?", r).is_empty());
    }
}
