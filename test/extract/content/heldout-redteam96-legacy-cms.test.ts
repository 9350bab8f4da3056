import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const story = 'The town council voted on Thursday night to spend the money repairing the footbridge over the creek, closed since spring.<br><br>';

describe('legacy CMS furniture', () => {
  it('leaves the News module\'s story row and the topic line after it out of the body (rule "News module\'s story row")', () => {
    const html = '<html><head><title>Valley Online - Council reopens footbridge</title></head><body><table><tr><td><font class="option"><b>Council reopens footbridge</b></font><br>'
      + '<font class="content">Posted by <a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username=admin">admin</a> on Saturday, December 05 @ 09:30:00 EST (1287 reads)<br>'
      + 'Topic <a href="modules.php?name=News&amp;new_topic=4">Local Government</a><br><br><a href="modules.php?name=News&amp;new_topic=4"><img src="images/topics/localgov.gif" alt="Local Government" align="right"></a>'
      + `${story.repeat(4)}</font></td></tr></table></body></html>`;
    const body = extract(Buffer.from(html), { url: 'http://valley.example/modules.php?name=News&file=article&sid=4412', now }).body;
    expect(body.split('\n\n')[0]).toBe('The town council voted on Thursday night to spend the money repairing the footbridge over the creek, closed since spring.');
    expect(body).not.toContain('Posted by');
    expect(body).not.toContain('Topic');
  });

  it('reads a forum topic\'s first post as the item, without the poster\'s card, signature and replies (rule "opening post")', () => {
    const post = (name: string, text: string, signature = '') => `<tr><td class="row1"><span class="name"><b>${name}</b></span><br /><span class="postdetails">Joined: 14 Mar 2004<br />Posts: 2318</span></td>`
      + `<td class="row1"><span class="postdetails">Posted: Sat Dec 05, 2026 9:30 am</span><hr /><span class="postbody">${text}</span>${signature}</td></tr>`;
    const news = 'The club\'s derby will be held on the bay this year instead of the basin, the board decided at its meeting on Thursday night.<br /><br />';
    const html = '<html><head><title>Club :: View topic - Derby moves to the bay</title></head><body><a class="maintitle" href="viewtopic.php?t=2291">Derby moves to the bay</a><table class="forumline">'
      + post('bayfisher', news.repeat(4), '<br />_________________<br />Tight lines, the president')
      + post('wendy', 'Good call on the bay. I went through the ice off the inlet point last winter and I am not doing that again, thank you.')
      + '</table><span class="gensmall">All times are GMT - 6 Hours</span></body></html>';
    const body = extract(Buffer.from(html), { url: 'http://club.example/viewtopic.php?t=2291', now }).body;
    expect(body.split('\n\n')[0]).toBe('The club\'s derby will be held on the bay this year instead of the basin, the board decided at its meeting on Thursday night.');
    expect(body.split('\n\n').at(-1)).toBe('The club\'s derby will be held on the bay this year instead of the basin, the board decided at its meeting on Thursday night.');
    for (const furniture of ['Joined:', 'Tight lines', 'Good call on the bay']) expect(body).not.toContain(furniture);
  });
});
