/**
 * Query parameters that never select content: campaign tags, click identifiers, newsletter and share markers,
 * and AMP viewer noise. Stripped by `canonicalizeUrl` so that a shared link and a feed link identify the same
 * article. Matched case-insensitively against the decoded parameter name.
 *
 * Deliberately absent: generic names such as `ref`, `from`, `source`, `id`, `page`, which some sites use to select
 * content. Keeping a tracking parameter only costs a duplicate article; stripping a content parameter would merge
 * two different articles, which is worse.
 */
export const TRACKING_PARAMETER_NAMES: ReadonlySet<string> = new Set([
  // Ad-platform click identifiers.
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'igsh', 's_kwcid', 'ef_id', 'rb_clickid', 'wickedid', 'srsltid',
  // Analytics cross-domain and campaign parameters.
  '_ga', '_gl', '_hsenc', '_hsmi', 'hsctatracking', 'mkt_tok', 'vero_id', 'vero_conv', 'oly_anon_id', 'oly_enc_id',
  'mc_cid', 'mc_eid', 'cmpid', 'cmp', 'icid', 'ocid', 'ncid', 'smid', 'smtyp', 's_cid', 'wt.mc_id', 'wt_mc',
  'xtor', 'ito', 'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee', 'sr_share', 'soc_src',
  'soc_trk', 'at_medium', 'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4',
  // Referrer and share markers.
  'ref_src', 'ref_url', '__twitter_impression', 'share', 'shared', 'fb_action_ids', 'fb_action_types', 'fb_ref',
  'fb_source', 'action_object_map', 'action_type_map', 'action_ref_map', 'guccounter', 'guce_referrer',
  'guce_referrer_sig', 'spm',
  // AMP viewer noise (the `amp` marker itself is handled with the other AMP rules).
  'amp_js_v', 'amp_gsa', 'amp_r', 'usqp',
]);

/** Whole families: every `utm_*` (utm_source, utm_medium, utm_campaign, utm_term, utm_content, utm_id, ...). */
const TRACKING_PARAMETER_PREFIXES: readonly string[] = ['utm_'];

export function isTrackingParameter(name: string): boolean {
  const lowerName = name.toLowerCase();
  return TRACKING_PARAMETER_NAMES.has(lowerName) || TRACKING_PARAMETER_PREFIXES.some((p) => lowerName.startsWith(p));
}
