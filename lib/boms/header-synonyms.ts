// BOM headers as French, German and Chinese tools and distributors write them (LCSC/JLCPCB's Chinese BOM
// export, EDA tools set to another language, a contract manufacturer's own template). Matched after
// normaliseHeader, which drops accents and case, so "Quantité" and "QUANTITE" are one header.
import type { BomField } from "./fields";

export const bomHeaderSynonyms: Record<"fr" | "de" | "zh", Partial<Record<BomField, readonly string[]>>> = {
  fr: {
    reference: ["repère", "repères", "repere", "référence composant", "désignateur", "designateur"],
    manufacturer: ["fabricant", "nom du fabricant", "constructeur"],
    mpn: ["référence fabricant", "réf fabricant", "ref fabricant", "numéro de pièce fabricant", "code fabricant"],
    description: ["libellé"],
    quantity: ["quantité", "qté", "qte", "nombre"],
    value: ["valeur"],
    unitPrice: ["prix unitaire", "prix"],
    currency: ["devise", "monnaie"],
    countryOfOrigin: ["pays d'origine", "origine"],
    product: ["produit"],
  },
  de: {
    reference: ["referenz", "bauteilreferenz", "bezeichner", "bauteilbezeichner", "bestückungsbezeichner"],
    manufacturer: ["hersteller", "herstellername"],
    mpn: [
      "herstellerteilenummer",
      "hersteller-teilenummer",
      "hersteller teilenummer",
      "herstellernummer",
      "hersteller artikelnummer",
      "teilenummer",
    ],
    description: ["beschreibung", "bezeichnung"],
    quantity: ["menge", "anzahl", "stückzahl", "stk"],
    value: ["wert"],
    unitPrice: ["stückpreis", "einzelpreis", "preis"],
    currency: ["währung"],
    countryOfOrigin: ["ursprungsland", "herkunftsland"],
    product: ["produkt", "baugruppe"],
  },
  zh: {
    reference: ["位号", "元件位号", "标号"],
    manufacturer: ["制造商", "厂商", "厂家", "品牌"],
    mpn: ["制造商料号", "厂家型号", "制造商型号", "型号", "料号"],
    description: ["描述", "名称", "物料描述"],
    quantity: ["数量", "用量"],
    value: ["值", "参数", "规格"],
    unitPrice: ["单价"],
    currency: ["币种", "货币"],
    countryOfOrigin: ["原产国", "原产地"],
    product: ["产品"],
  },
};
